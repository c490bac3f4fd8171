# encode/decode round trips and mixed error handling
texts = ["", "ascii only", "ünïcödé", "日本語テキスト", "emoji 😀🎉", "mixed \x00\x7f\x80\xff", "\u2028\ufeff"]
for t in texts:
    b = t.encode("utf-8")
    print(len(t), len(b), b.decode("utf-8") == t, b.hex()[:24])
    try:
        print(t.encode("latin-1").decode("latin-1") == t)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.start, e.end, e.reason)
print(b"\xe6\x97\xa5\xe6".decode("utf-8", "replace"), b"\xe6\x97\xa5\xe6".decode("utf-8", "ignore"))
print(b"\xf0\x9f\x98".decode("utf-8", "backslashreplace"), b"a\xffb\xfec".decode("ascii", "replace"))
print("x\u0100y\u0101".encode("ascii", "xmlcharrefreplace"), "é".encode("latin-1", "strict"), "\x80".encode("utf-8"))
for enc in ["UTF-8", "Latin1", "ASCII", "utf8", "L1"]:
    print(enc, "ab".encode(enc), b"ab".decode(enc))
try:
    b"\x80abc".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end, isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    "x".encode(errors=5)
except TypeError as e:
    print("TypeError", e)
