# chr() and ord(): ranges and error messages.
print(chr(65), chr(0x263a), chr(0x1f600), repr(chr(0)), ord("A"), ord("é"), ord("\U0001f600"))
print(ord(b"a"), ord(bytearray(b"z")))
print([chr(i) for i in range(97, 102)])
for bad in (-1, 0x110000, 2**80):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
for bad in ("", "ab", b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(5)
except TypeError as e:
    print(type(e).__name__, e)
