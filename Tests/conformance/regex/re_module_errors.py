# re.error for malformed patterns: messages and positions come from re._parser over _sre.
import re

for pat in ["(", ")", "[a", "a**", "*a", r"\1", "(?P<n>a)(?P<n>b)", "(?<=a+)b", "a{2,1}", r"\x1",
            "(?P<1>a)", "(?z)", r"[b-a]", "(?(2)a|b)", r"\p", "a{99999999999}", "(?<!a*)b", r"(?i", "x(?#"]:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "error:", e, "|", e.pos, e.lineno, e.colno)
    except OverflowError as e:
        print(repr(pat), "OverflowError", e)
try:
    re.compile("a(b", re.X)
except re.error as e:
    print(e.msg, e.pattern, e.pos)
try:
    re.compile(b"\\u0041")
except re.error as e:
    print(e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError", e)
print(re.error.__name__, issubclass(re.error, Exception))
