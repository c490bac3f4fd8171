import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
def make_cycles(n):
    for i in range(n):
        a = Node("a"); b = Node("b")
        a.other = b; b.other = a
        l = [a]; l.append(l)
        d = {}; d["self"] = d
print(gc.isenabled())
gc.disable()
make_cycles(1000)
found = gc.collect()
print("collected some:", found > 0)
print("second collect:", gc.collect())
class Fin:
    def __init__(self): self.me = self
    def __del__(self): print("del ran")
Fin()
print("fin collect >= 1:", gc.collect() >= 1)
gc.collect()
def f():
    class Local: pass
    x = Local(); x.cls = Local
f()
print("class cycle >= 1:", gc.collect() >= 1)
gc.enable()
print(gc.isenabled())
