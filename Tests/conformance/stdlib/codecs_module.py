# codecs: lookup, encode/decode with the common codecs and error handlers.
import codecs

for name in ["utf-8", "UTF8", "latin_1", "ascii", "utf-16", "cp1252"]:
    print(name, codecs.lookup(name).name)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.encode("é", "latin-1"))
print(codecs.encode("hi", "utf-16-le"), codecs.encode("hi", "utf-16-be"), codecs.decode(b"\xff\xfeh\x00", "utf-16"))
print(codecs.encode("€", "cp1252"), codecs.decode(b"\x80", "cp1252"), codecs.encode("a\n\u1234", "unicode_escape"))
print(codecs.decode(b"a\\tb\\x41\\u00e9", "unicode_escape"))
for data, errors in [(b"a\xffb", "replace"), (b"a\xffb", "ignore"), (b"a\xffb", "backslashreplace")]:
    print(errors, repr(codecs.decode(data, "utf-8", errors)))
print(codecs.encode("aé€", "ascii", "replace"), codecs.encode("aé", "ascii", "xmlcharrefreplace"),
      codecs.encode("aé", "ascii", "backslashreplace"))
try:
    codecs.decode(b"\xc3", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    codecs.encode("é", "ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "é€".encode()], repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
codecs.register_error("star", lambda exc: ("*", exc.end))
print(codecs.encode("aéb", "ascii", "star"), codecs.lookup_error("strict").__name__)
print(codecs.BOM_UTF8, codecs.utf_8_decode(b"\xe2\x82", "strict", False))
