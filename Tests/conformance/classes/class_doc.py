# __doc__ of classes, methods and properties.
class A:
    """A's doc."""
    def m(self):
        "m's doc"
    @property
    def p(self):
        """p's doc"""
        return 1
class B(A):
    pass
class C:
    x = 1
print(repr(A.__doc__))
print(repr(B.__doc__))
print(repr(C.__doc__))
print(repr(A.m.__doc__), repr(A().m.__doc__))
print(repr(A.p.__doc__))
print(repr(property(doc='given').__doc__))
print('__doc__' in C.__dict__, C.__dict__['__doc__'])
T = type('T', (), {'__doc__': 'typed'})
print(T.__doc__)
