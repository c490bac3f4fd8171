# The re module's functions over the _sre engine: match, search, fullmatch, findall, finditer, split.
import re

print(re.match(r"(\w+) (\w+)", "hello world ok"))
print(re.search(r"\d+", "abc 123 def").group(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"\w+", "one two"), re.findall("x", ""))
print([m.span() for m in re.finditer(r"\s+", "a  b \t c")])
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b", maxsplit=1), re.split("x*", "axb"))
print(re.compile(r"\d").pattern, re.compile(r"\d") is re.compile(r"\d"), type(re.compile("")) is re.Pattern)
print(type(re.match("", "")) is re.Match, re.Pattern, re.Match)
p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)")
m = p.search("on 2024-05-17")
print(m.groupdict(), m["year"], m.lastgroup, m.span("month"), p.groupindex)
print(re.match("a", "A", re.I), re.match("a", "A", flags=re.IGNORECASE).group())
print(re.search("^b", "a\nb", re.M).span(), re.search("a.b", "a\nb", re.S).group())
print(re.findall(r"\w+", "caf\u00e9 na\u00efve", re.A), re.findall(r"\w+", "caf\u00e9 na\u00efve"))
print(re.purge(), re.search(b"b+", b"abbbc").group())
