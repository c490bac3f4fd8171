# RecursionError through __repr__, __str__, __getattr__, __call__ and dunder operators.
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return str(self)
try:
    str(S())
except RecursionError as e:
    print(type(e).__name__, e)
class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    G().a
except RecursionError as e:
    print(type(e).__name__, e)
class A:
    def __add__(self, o):
        return self + o
try:
    A() + 1
except RecursionError as e:
    print(type(e).__name__, e)
class C:
    def __call__(self):
        return self()
try:
    C()()
except RecursionError as e:
    print(type(e).__name__, e)
l = []
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
print("done")
