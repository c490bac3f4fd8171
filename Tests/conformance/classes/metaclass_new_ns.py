# A metaclass __new__ that adds to the namespace before delegating to type.__new__.
class M(type):
    def __new__(m, name, bases, ns):
        ns['tag'] = name.lower()
        ns['made_by'] = m.__name__
        return super().__new__(m, name, bases, ns)

class A(metaclass=M):
    x = 1

print(A.tag, A.made_by, A.x)
print(type(A).__name__, type(A) is M)
class B(A):
    pass
print(B.tag, B.made_by, type(B).__name__)
print(isinstance(A, M), isinstance(A, type), isinstance(A(), A))
print(sorted(k for k in A.__dict__ if not k.startswith('__')))
