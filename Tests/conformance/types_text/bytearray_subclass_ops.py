# bytearray results keep the bytearray type; bytes/bytearray mixing
ba = bytearray(b"Hello World")
for r in [ba.upper(), ba.lower(), ba.title(), ba.strip(b"Hd"), ba.replace(b"o", b"0"), ba[1:3], ba + b"!", ba * 2,
          ba.center(15, b"-"), ba.zfill(13), bytearray(b",").join([b"a", b"b"]), ba.partition(b" ")[0], ba.split()[1]]:
    print(type(r).__name__, r)
print(bytes(ba) == ba, ba == bytes(ba), ba < b"Hf", b"Hf" > ba, ba.startswith(bytearray(b"He")), ba.find(bytearray(b"W")))
print(type(b"x" + ba).__name__, type(ba + b"x").__name__, type(b"".join([ba])).__name__, bytes(ba).decode())
class BA(bytearray):
    pass
x = BA(b"sub")
print(type(x).__name__, x, type(x.upper()).__name__, type(x[0:1]).__name__, x == b"sub", len(x))
x.append(33)
print(x, repr(x))
