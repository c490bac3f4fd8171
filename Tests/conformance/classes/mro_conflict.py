# C3 linearisation: valid diamonds and inconsistent orders.
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class O: pass
class F(O): pass
class E(O): pass
class K1(F, E): pass
class K2(E, F): pass
try:
    class Bad(K1, K2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('T', (B, A, C), {})
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in type('T2', (B, C, A), {}).__mro__])
