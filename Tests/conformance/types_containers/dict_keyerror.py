# KeyError messages and the __missing__ hook
for key in ["k", 1, (1, 2), None, 1.5, "", frozenset(), ("t",)]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
class Miss(dict):
    def __missing__(self, key):
        return key * 2
m = Miss(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, len(m))
try:
    {}.pop(5)
except KeyError as e:
    print("KeyError", e)
try:
    {1: 2}.popitem(); {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
