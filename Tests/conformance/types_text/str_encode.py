# str.encode with utf-8/latin-1/ascii and the error handlers
s = "héllo wörld €😀"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii"]:
    for err in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__, e)
print(s.encode(), s.encode(encoding="ascii", errors="replace"), "".encode(), "abc".encode("ascii"))
print("日本".encode("utf-8"), "\x80\xff".encode("latin-1"), "a\u0100".encode("latin-1", "namereplace"))
print("\u20ac".encode("ascii", "namereplace"), "x\U0001f600".encode("ascii", "backslashreplace"))
try:
    s.encode("nope")
except LookupError as e:
    print("LookupError", e)
try:
    s.encode("ascii", "bogus")
except LookupError as e:
    print("LookupError", e)
try:
    "abc".encode("utf-8", "bogus")
    print("no error for unused handler")
except LookupError as e:
    print("LookupError", e)
try:
    "ab\u20acc\u20acd".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, repr(e.object), e.reason)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"ab\xff", "utf-8", "replace"), str(b"ab", encoding="ascii"))
