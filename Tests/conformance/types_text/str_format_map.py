# format and format_map with mappings, defaults via __missing__, and attribute/index access
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map({"a": 1, "b": 2}))
print("{a} and {b}".format_map(Default(a="x")))
class M:
    def __getitem__(self, k):
        return k.upper()
print("{hello} {world}".format_map(M()))
print("{0}{1}{0}".format("a", "b"), "{}{}".format(1, 2), "{x.real}".format(x=3), "{0[1]}".format([5, 6]),
      "{d[k]}".format(d={"k": "v"}), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "{{}}".format(), "{!r}".format("s"))
for call in [lambda: "{a}".format_map({}), lambda: "{}".format_map({}), lambda: "{0}{}".format(1, 2),
             lambda: "{".format(), lambda: "{a}".format_map(5), lambda: "{}".format()]:
    try:
        print(call())
    except (KeyError, ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
