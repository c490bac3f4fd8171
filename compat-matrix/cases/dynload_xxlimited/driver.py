# Driver for CPython's own lib-dynload module xxlimited, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import xxlimited
print('from lib-dynload ->', xxlimited.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('foo', lambda: xxlimited.foo(3, 4))
check('foo big', lambda: xxlimited.foo(2 ** 40, 1))
check('foo bad arg', lambda: xxlimited.foo('a', 1))
check('foo arity', lambda: xxlimited.foo(1))
check('Xxo type', lambda: type(xxlimited.Xxo()).__name__)
check('Xxo module', lambda: xxlimited.Xxo.__module__)
check('Xxo doc', lambda: xxlimited.Xxo.__doc__)
check('new doc', lambda: xxlimited.new.__doc__)
o = xxlimited.Xxo()
check('demo', lambda: o.demo(5))
check('demo self', lambda: o.demo(o) is o)
check('demo none', lambda: o.demo(None))
check('demo arity', lambda: o.demo())
check('missing attr', lambda: o.spam)
o.spam = 42
check('set attr', lambda: o.spam)
o.spam = 'eggs'
check('reset attr', lambda: o.spam)
del o.spam
check('deleted attr', lambda: o.spam)
def delmissing():
    del o.nothing
check('del missing', delmissing)
check('x_exports', lambda: o.x_exports)
m = memoryview(o)
check('view len', lambda: len(m))
check('view format', lambda: m.format)
check('view readonly', lambda: m.readonly)
check('view nbytes', lambda: m.nbytes)
check('x_exports with view', lambda: o.x_exports)
m2 = memoryview(o)
check('x_exports two views', lambda: o.x_exports)
m.release()
check('x_exports after release', lambda: o.x_exports)
m2.release()
check('x_exports all released', lambda: o.x_exports)
check('bytes of view', lambda: bytes(memoryview(o))[:4])
check('Error is exception', lambda: issubclass(xxlimited.Error, Exception))
check('Error name', lambda: xxlimited.Error.__name__)
check('Error module', lambda: xxlimited.Error.__module__)
def raise_error():
    raise xxlimited.Error('boom')
check('raise Error', raise_error)
check('Str mro', lambda: [c.__name__ for c in xxlimited.Str.__mro__])
s = xxlimited.Str('hello')
check('Str value', lambda: s)
check('Str upper', lambda: s.upper())
check('Str len', lambda: len(s))
check('Str eq', lambda: s == 'hello')
check('Str isinstance', lambda: isinstance(s, str))
check('Str type', lambda: type(s).__name__)
class MyStr(xxlimited.Str):
    def shout(self):
        return self.upper() + '!'
check('Str subclass', lambda: MyStr('hi').shout())
check('Xxo subclass', lambda: type.__new__(type, 'Sub', (xxlimited.Xxo,), {}))
check('Xxo new args', lambda: xxlimited.Xxo(1))
check('Xxo many', lambda: len([xxlimited.Xxo() for i in range(100)]))
