# Mapping patterns: runtime duplicate keys, **rest copies, non-dict mappings, get() calls.
class K:
    A = "x"
    B = "x"
try:
    match {"x": 1}:
        case {K.A: 1, K.B: 1}:
            pass
except ValueError as e:
    print("ValueError", e)

d = {"a": 1, "b": 2}
match d:
    case {"a": _, **rest}:
        rest["c"] = 3
        print(rest, d, rest is d)

class Logged(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)
match Logged(a=1, b=2):
    case {"b": 2, "a": 1}:
        print("matched with get calls")

class NotMapping:
    def __getitem__(self, k):
        return 1
    def keys(self):
        return ["a"]
match NotMapping():
    case {"a": 1}:
        print("no")
    case _:
        print("objects with keys/__getitem__ are not mappings")

match {}:
    case {**rest}:
        print("empty rest", rest)
match {"only": 1}:
    case {"only": 1, **rest} if not rest:
        print("rest empty in guard")
match {1: "a", -2.5: "float key", None: "none"}:
    case {-2.5: t, None: n}:
        print(t, n)
match {"x": {"y": {"z": 1}}}:
    case {"x": {"y": {"z": z}}}:
        print("nested mapping", z)
try:
    match {"a": 1}:
        case {"a": 1, **rest} if rest["missing"]:
            pass
except KeyError as e:
    print("KeyError in guard", e)
