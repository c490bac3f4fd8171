# str.encode and bytes.decode with codecs from the registry (the encodings package).
for enc in ["utf-16", "utf-16-le", "utf-32-be", "cp1252", "cp437", "mac_roman", "iso8859_15", "unicode_escape", "koi8_r"]:
    data = "héllo".encode(enc)
    print(enc, data, data.decode(enc))
print("€".encode("iso8859-15"), b"\xa4".decode("iso8859-15"), "Ω".encode("cp1253"))
for text, enc in [("€", "cp437"), ("ж", "latin-1")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
print("a€b".encode("cp437", "replace"), b"\x81".decode("cp1252", "replace"))
for enc in ["rot13", "base64", "no-such-codec"]:
    try:
        "x".encode(enc)
    except LookupError as e:
        print("LookupError", e)
try:
    b"x".decode("hex")
except LookupError as e:
    print("LookupError", e)
