# The order of events while a class statement runs.
log = []
def deco(cls):
    log.append('decorator ' + cls.__name__)
    return cls
def base():
    log.append('bases evaluated')
    return object
def kw():
    log.append('keyword evaluated')
    return 1
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append('prepare')
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append('meta new')
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append('meta init')
class Desc:
    def __set_name__(self, owner, name):
        log.append('set_name ' + name)
class Parent(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append('init_subclass ' + cls.__name__ + ' ' + str(sorted(kw)))
log.clear()
@deco
class Child(base(), Parent, flag=kw()):
    log.append('body start')
    d = Desc()
    log.append('body end')
for entry in log:
    print(entry)
