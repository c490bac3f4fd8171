# Driver for CPython's own lib-dynload module xxlimited_35, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import xxlimited_35
print('from lib-dynload ->', xxlimited_35.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('foo', lambda: xxlimited_35.foo(20, 22))
check('foo negative', lambda: xxlimited_35.foo(-5, 2))
check('foo bad arg', lambda: xxlimited_35.foo(1.5, 1))
check('foo arity', lambda: xxlimited_35.foo(1, 2, 3))
check('roj', lambda: xxlimited_35.roj(1, 2))
check('roj doc', lambda: xxlimited_35.roj.__doc__)
check('new doc', lambda: xxlimited_35.new.__doc__)
o = xxlimited_35.new()
check('new type', lambda: type(o).__name__)
check('new module', lambda: type(o).__module__)
check('Xxo doc', lambda: xxlimited_35.Xxo.__doc__)
check('Xxo direct', lambda: type(xxlimited_35.Xxo()).__name__)
check('demo', lambda: o.demo())
check('demo arity', lambda: o.demo(1))
check('missing attr', lambda: o.color)
o.color = 'red'
check('set attr', lambda: o.color)
del o.color
check('deleted attr', lambda: o.color)
def delmissing():
    del o.nothing
check('del missing', delmissing)
check('error name', lambda: xxlimited_35.error.__name__)
check('error base', lambda: xxlimited_35.error.__mro__[1].__name__)
def raise_error():
    raise xxlimited_35.error('bad', 1)
check('raise error', raise_error)
check('Null mro', lambda: [c.__name__ for c in xxlimited_35.Null.__mro__])
n = xxlimited_35.Null()
check('Null instance', lambda: type(n).__name__)
check('Null eq self', lambda: n == n)
class SubNull(xxlimited_35.Null):
    def hello(self):
        return 'hello from subclass'
check('Null subclass', lambda: SubNull().hello())
check('Null subclass isinstance', lambda: isinstance(SubNull(), xxlimited_35.Null))
check('Str mro', lambda: [c.__name__ for c in xxlimited_35.Str.__mro__])
s = xxlimited_35.Str('abc')
check('Str concat', lambda: s + 'def')
check('Str index', lambda: s[1])
check('Str type', lambda: type(s).__name__)
class SubStr(xxlimited_35.Str):
    pass
check('Str subclass', lambda: SubStr('xyz').upper())
objs = []
for i in range(50):
    x = xxlimited_35.new()
    x.i = i
    objs.append(x)
total = 0
for x in objs:
    total = total + x.i
check('many objects', lambda: total)
