# keyword and reprlib.
import keyword
import reprlib

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist) > 30)
print(keyword.kwlist[:5], sorted(keyword.softkwlist))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
r = reprlib.Repr()
r.maxlist = 2
print(r.repr([1, 2, 3, 4]), r.repr((1,)))
class Node:
    def __init__(self):
        self.child = self
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.child!r})"
print(Node())
