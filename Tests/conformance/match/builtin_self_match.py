# Builtin types whose single positional sub-pattern matches the subject itself.
def f(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(v):
            return f"float {v}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([a, *_]):
            return f"list starting {a!r}"
        case tuple(t):
            return f"tuple {t!r}"
        case dict({"k": v}):
            return f"dict with k {v!r}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case _:
            return "other"

for v in [True, False, 0, 5, 2.5, "", "hi", b"b", bytearray(b"ba"), [1, 2], [], (1,), {"k": 1}, {"j": 1},
          {1, 2}, frozenset({1}), None]:
    print(repr(v), "->", f(v))

class MyInt(int):
    pass
match MyInt(7):
    case int(v):
        print("subclass self-match", v, type(v).__name__)

try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError", e)

# keyword patterns work on builtins through attributes
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)
match 10:
    case int(real=r, imag=i):
        print("int parts", r, i)
