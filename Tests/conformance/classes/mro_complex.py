# A larger hierarchy's MRO and method resolution along it.
class O:
    def who(self): return 'O'
class A(O):
    def who(self): return 'A>' + super().who()
class B(O):
    def who(self): return 'B>' + super().who()
class C(O):
    def who(self): return 'C>' + super().who()
class D(O):
    def who(self): return 'D>' + super().who()
class E(O):
    def who(self): return 'E>' + super().who()
class K1(A, B, C):
    def who(self): return 'K1>' + super().who()
class K2(D, B, E):
    def who(self): return 'K2>' + super().who()
class K3(D, A):
    def who(self): return 'K3>' + super().who()
class Z(K1, K2, K3):
    def who(self): return 'Z>' + super().who()
print(' '.join(c.__name__ for c in Z.__mro__))
print(Z().who())
print(K3().who())
print(Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)
print(object.__bases__, object.__mro__)
print(int.__mro__, bool.__mro__)
