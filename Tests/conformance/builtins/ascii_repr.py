# ascii() and repr() for strings with non-ASCII characters, containers and user classes.
print(repr("héllo"), ascii("héllo"))
print(ascii("日本"), ascii("\U0001f600"), ascii("tab\there"))
print(ascii(["é", ("ü",), {"ß": 1}]))
print(repr('it\'s'), repr("a\"b"), repr("both'\""))
print(ascii(b"\xff"), ascii(1.5), ascii(None))
class R:
    def __repr__(self): return "R<é>"
print(repr(R()), ascii(R()))
class Bad:
    def __repr__(self): return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
