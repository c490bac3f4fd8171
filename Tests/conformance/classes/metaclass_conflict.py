# Metaclass derivation: the most derived metaclass wins; unrelated ones conflict.
class M1(type): pass
class M2(type): pass
class M3(M1): pass

class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass

try:
    class X(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class Y(A, C): pass
print(type(Y).__name__)
class Z(C, A): pass
print(type(Z).__name__)
class W(A, metaclass=M3): pass
print(type(W).__name__)
class V(C, metaclass=M1): pass
print(type(V).__name__)
try:
    class U(A, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    M2('Q', (A,), {})
except TypeError as e:
    print(type(e).__name__, e)
