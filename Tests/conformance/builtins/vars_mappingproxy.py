# vars(cls) and cls.__dict__ are read-only mappingproxy views of the class namespace.
class K:
    y = 1
    def m(self): pass
p = vars(K)
print(type(p).__name__, p is not K.__dict__ or "same object", p["y"], "m" in p, "zz" in p)
print(sorted(k for k in p if not k.startswith("__")), len(p) >= 3)
print(p.get("y"), p.get("missing", "default"), sorted(k for k in p.keys() if not k.startswith("_")))
print(sorted((k, v) for k, v in p.items() if k == "y"), type(p.copy()).__name__)
try:
    p["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    p["missing"]
except KeyError as e:
    print(type(e).__name__, e)
K.z = 3
print(p["z"], dict(p)["z"])
class Sub(K):
    pass
print("y" in vars(Sub), Sub.y)
print(str(vars(Sub)).startswith("{'__module__': '__main__'"))
print(repr(vars(Sub)).startswith("mappingproxy({'__module__': '__main__'"))
