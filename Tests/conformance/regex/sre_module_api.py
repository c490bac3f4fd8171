# The _sre module's constants and helper functions, and compile() argument checking.
import _sre
from helper_sre import compile

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(type(_sre.copyright).__name__, 'Secret Labs' in _sre.copyright)
for c in "aAzZ09_ \xe9\xc9\u03a3\u03c3\u03c2\u0130\u0131\u017f\u212a\xdf\U00010400":
    o = ord(c)
    print(hex(o), _sre.ascii_iscased(o), _sre.unicode_iscased(o),
          hex(_sre.ascii_tolower(o)), hex(_sre.unicode_tolower(o)))
print(_sre.ascii_tolower(65), _sre.unicode_tolower(0x41))
try:
    _sre.ascii_tolower("A")
except TypeError as e:
    print("TypeError", e)
try:
    _sre.getcodesize(1)
except TypeError as e:
    print("TypeError", e)

p = compile("a(b)c")
print(type(p).__name__, type(p).__module__, type(p))
m = p.match("abc")
print(type(m).__name__, type(m).__module__, type(m))
print(type(p.scanner("abc")).__name__)

# Code that the compiler could not have produced is refused.
for bad in ([17, 99, 1], [16], [999, 1], [24, 3, 0, 1, 16, 97, 1, 1], [7, 5, 16, 97, 1],
            [7, 5, 16, 97, 15, 1, 0, 1], [7, 5, 16, 97, 15, 2, 0, 1], [15, 1, 16, 97, 1], [15, 2, 16, 97, 1]):
    try:
        _sre.compile("x", 0, bad, 0, {}, (None,))
        print("accepted", bad)
    except RuntimeError as e:
        print("RuntimeError", e)
# A hand-written code list: LITERAL 'x' then SUCCESS.
q = _sre.compile("x", 0, [16, 120, 1], 0, {}, (None,))
print(q.match("xy"), q.search("ax"), q.fullmatch("x"))
q = _sre.compile(None, 0, [16, 120, 1], 0, {}, (None,))
print(q, q.pattern, q.match("x"), q.match(b"x"))
try:
    _sre.compile("x", 0, (16, 120, 1), 0, {}, (None,))
except TypeError as e:
    print("TypeError", e)
try:
    _sre.compile("x", 0, [16, 120, 1], 0, {})
except TypeError as e:
    print("TypeError", e)
