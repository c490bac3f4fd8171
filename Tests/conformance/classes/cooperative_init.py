# Cooperative multiple inheritance: super() chains through the MRO with keyword arguments.
class Base:
    def __init__(self, **kw):
        print('Base', sorted(kw))
        super().__init__()
class Left(Base):
    def __init__(self, left=None, **kw):
        print('Left', left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print('Right', right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print('Bottom')
        super().__init__(**kw)
Bottom(left=1, right=2, extra=3)
print([c.__name__ for c in Bottom.__mro__])
class Logger:
    def log(self):
        return ['Logger']
class A(Logger):
    def log(self):
        return ['A'] + super().log()
class B(Logger):
    def log(self):
        return ['B'] + super().log()
class AB(A, B):
    def log(self):
        return ['AB'] + super().log()
print(AB().log())
print(super(A, AB()).log())
