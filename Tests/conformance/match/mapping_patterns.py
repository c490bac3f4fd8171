# Mapping patterns: keys by lookup, extra keys ignored, **rest collects the remainder.
def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest!r}"
        case {1: one, 2.5: two}:
            return f"numeric keys {one} {two}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "point", "x": 1}, {"type": "circle", "r": 5}, {"type": "circle", "r": 5, "c": "red", "w": 2},
          {1: "a", 2.5: "b"}, {}, {"k": 1}, [("type", "point")], "type", 3]:
    print(repr(v), "->", f(v))

def g(x):
    match x:
        case {"a": 1, **rest}:
            return rest
print(g({"a": 1}), g({"a": 1, "b": 2, "c": 3}), g({"a": 2}))
print(type(g({"a": 1, "b": 2})).__name__)

class Missing(dict):
    def __missing__(self, key):
        return "made up"
match Missing(a=1):
    case {"b": v}:
        print("missing key matched", v)
    case {"a": v}:
        print("only real keys match; a =", v)

class Consts:
    KEY = "a"
match {"a": 10}:
    case {Consts.KEY: ten}:
        print("value-pattern key", ten)

# keys are looked up, so equal keys of other types match
match {1: "one"}:
    case {1.0: v}:
        print("float key matched int key", v)
match {True: "t"}:
    case {1: v}:
        print("int key matched True key", v)
