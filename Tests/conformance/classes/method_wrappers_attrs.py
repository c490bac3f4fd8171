# staticmethod/classmethod objects carry their function's name, qualname and doc.
class C:
    @staticmethod
    def sm():
        "sm doc"
    @classmethod
    def cm(cls):
        "cm doc"
sm = C.__dict__['sm']; cm = C.__dict__['cm']
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__wrapped__ is sm.__func__, sm.__isabstractmethod__)
print(cm.__name__, cm.__qualname__, cm.__doc__, cm.__wrapped__ is cm.__func__)
print(C.cm.__name__, C.cm.__qualname__, C.cm.__doc__, C().cm.__self__ is C)
m = C().cm
print(m == C.cm, hash(m) == hash(C.cm))
sm.extra = 1
print(sm.extra)
