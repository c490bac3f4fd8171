# re flags: the RegexFlag enum, inline flags, scoped flags, verbose patterns, pattern reprs.
import re

print(re.I, re.IGNORECASE | re.M, re.A.value, int(re.S | re.X), re.NOFLAG, repr(re.U))
print(re.compile("a", re.I | re.M), re.compile("(?x) a b # comment"), re.compile(b"x", re.I))
print(re.compile("(?i)a").flags & re.I, re.compile("(?a)\\w").flags, re.compile("(?s:.)x").flags)
print(re.findall("(?i:a)b", "ab Ab aB AB"), re.findall("a(?-i:b)", "ab AB Ab", re.I))
verbose = re.compile(r"""
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d+))?  # optional fraction
""", re.VERBOSE)
print(verbose.match("3.14").groupdict(), verbose.match("42").groupdict())
print(re.match(r"(?x) a \  b", "a b"), re.match("(?m)^b$", "a\nb\nc"))
print(re.compile(r"\w+", re.ASCII | re.IGNORECASE).findall("K\u212a kk \u00e9"))
print(re.findall(r"(?u)\w+", "\u00e9t\u00e9"), re.search(rb"(?L)\w", b"x"))
