# bytes.decode with codecs and error handlers
data = [b"caf\xc3\xa9", b"\xff\xfe", b"ab\xe2\x82", b"\xc3\x28", b"\xe2\x82\xac", b"plain", b"\xed\xa0\x80",
        b"\xf0\x9f\x98\x80", b"\xc0\xaf", b"a\x80b"]
for d in data:
    for enc in ["utf-8", "latin-1", "ascii"]:
        for err in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                print(d, enc, err, repr(d.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(d, enc, err, "UnicodeDecodeError", e)
print(b"abc".decode(), bytearray(b"\xc3\xa9").decode(), b"x".decode(encoding="ascii", errors="strict"))
try:
    b"\xffab".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.object, e.reason)
try:
    b"abc".decode("nope")
except LookupError as e:
    print("LookupError", e)
