# collections.Counter, OrderedDict and ChainMap.
from collections import Counter, OrderedDict, ChainMap

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sum(c.values()), sorted(c.elements())[:6])
c.update("aaz"); c.subtract({"b": 5})
print(sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2), +Counter(a=-1, b=2))
print(Counter("hello").total())
o = OrderedDict()
o["z"] = 1; o["a"] = 2; o["m"] = 3
o.move_to_end("z"); print(list(o))
o.move_to_end("m", last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
child = cm.new_child({"c": 4})
child["a"] = 99
print(child["a"], cm["a"], child.parents == cm)
