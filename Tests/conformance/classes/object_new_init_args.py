# object.__new__/__init__ argument checks.
class Plain: pass
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, a):
        self.a = a
print(WithInit(1).a)
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(WithNew(1)).__name__)
class BadNew:
    def __new__(cls, a):
        return object.__new__(cls, a)
try:
    BadNew(1)
except TypeError as e:
    print(type(e).__name__, e)
class BadInit:
    def __init__(self, a):
        object.__init__(self, a)
try:
    BadInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class Init:
    def __init__(self):
        return 5
try:
    Init()
except TypeError as e:
    print(type(e).__name__, e)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
