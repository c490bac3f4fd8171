# str works on code points: combining marks, astral characters and canonical equivalents stay distinct
pre, dec = "\u00e9", "e\u0301"
print(pre == dec, pre != dec, len(pre), len(dec), dec[0], repr(dec[1]), pre < dec, dec < pre, hash(pre) == hash(dec))
print("e" in dec, "\u0301" in dec, dec.find("\u0301"), dec.count("e"), dec.split("e"), dec.replace("e", "E"), dec.upper())
d = {pre: "precomposed"}
d[dec] = "decomposed"
print(len(d), sorted(d.values()), pre in {dec}, {pre, dec} == {dec, pre}, len({pre, dec}))
s = "a😀b\U0001F1FA\U0001F1F8c"
print(len(s), s[1], s[3], s[4], s[::-1] == "c\U0001F1F8\U0001F1FAb😀a", s.index("b"), list(s)[:3], s[-2:])
print("👨\u200d👩".split("\u200d"), len("👨\u200d👩"), "🇺🇸"[0] == "\U0001F1FA", "ab\r\n".splitlines(True), len("\r\n"))
print("a\u0308".isalpha(), "\u0308".isalpha(), "\u0308".isprintable(), "e\u0301".isidentifier(), ord("\U0010FFFF"), chr(0x10FFFF) == "\U0010FFFF")
print(sorted(["e\u0301", "\u00e9", "e", "f"]), max("e\u0301"), "".join(reversed("e\u0301")) == "\u0301e")
print(dec.startswith("e"), dec.endswith("\u0301"), dec.partition("e"), dec.strip("e"), "x" + dec + "x" == "xe\u0301x")
