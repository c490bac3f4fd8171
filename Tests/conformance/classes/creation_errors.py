# TypeErrors from instantiation and class creation: argument counts, keywords, bad bases.
class C:
    def __init__(self, x): self.x = x
    def m(self, a): pass
for f in [lambda: C(), lambda: C(1, 2), lambda: C(1).m(), lambda: C(1).m(1, 2), lambda: C.m(), lambda: C(y=1)]:
    try: f()
    except TypeError as e: print(e)
try:
    type('X', (), {}, extra=1)
except TypeError as e: print(e)
class M(type): pass
try:
    M('X', (), {}, extra=1)
except TypeError as e: print(e)
try:
    class K(metaclass=M, extra=1): pass
except TypeError as e: print(e)
class N:
    def __new__(cls, a): return super().__new__(cls)
try: N()
except TypeError as e: print(e)
try: N(1, 2)
except TypeError as e: print(e)
try:
    class S(str, int): pass
except TypeError as e: print(e)
try:
    class F(type(None)): pass
except TypeError as e: print(e)
try:
    class G(len): pass
except TypeError as e: print(e)
