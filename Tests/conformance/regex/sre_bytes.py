# Bytes patterns over bytes and bytearray subjects; mixing str and bytes is a TypeError.
from helper_sre import compile, show

p = compile(rb"(\w+)=(\d+)")
for s in [b"a=1 bb=22", bytearray(b"x=9"), b"\xe9=1", b""]:
    m = p.search(s)
    print(type(s).__name__, show(m), p.findall(s), type(m.group(1)).__name__ if m else None)
print(p.sub(b"<>", b"a=1, b=2"), p.split(b"a=1;b=2"), p.subn(b"", bytearray(b"k=5!")))
print(compile(rb"\s+").split(bytearray(b"a b  c")), compile(b".").findall(b"a\nb"))
m = p.match(bytearray(b"key=42"))
print(m.group(0), m.groups(), m.string, type(m.string).__name__)
q = compile("abc")
for subject in [b"abc", bytearray(b"abc"), 123, None, ["abc"]]:
    try:
        print(q.match(subject))
    except TypeError as e:
        print("TypeError", e)
for subject in ["abc", 1.5]:
    try:
        print(p.search(subject))
    except TypeError as e:
        print("TypeError", e)
r = compile(b"[\x80-\xff]+")
print(r.findall(b"abc\x80\x81def\xff"), compile(rb"\d").findall(b"1\xb22"))
print(repr(compile(b"x+")), repr(compile(rb"\w")))
