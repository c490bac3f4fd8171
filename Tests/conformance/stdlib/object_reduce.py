# object.__reduce_ex__ / __reduce__ / __getstate__ (3.11): copyreg protocols 0-1, __newobj__ and
# __newobj_ex__ for 2+, instance dicts and __slots__, overrides, and their error messages.
import copyreg


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
        return
    print(label, '->', describe(r))


def describe(r):
    # Functions and iterators have addresses in their reprs: print names and contents.
    if isinstance(r, tuple):
        return '(' + ', '.join(describe(x) for x in r) + ')'
    if callable(r) and hasattr(r, '__qualname__') and not isinstance(r, type):
        return 'fn:' + r.__module__ + '.' + r.__qualname__
    if type(r).__name__.endswith('iterator'):
        return 'iter:' + repr(list(r))
    return repr(r)


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2]


class Empty:
    pass


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 10


class Both:
    __slots__ = ('s', '__dict__')

    def __init__(self):
        self.s = 's'
        self.d = 'd'


class Args:
    def __init__(self, n):
        self.n = n

    def __getnewargs__(self):
        return (self.n,)


class ArgsEx:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})


class BadArgs:
    def __getnewargs__(self):
        return [1]


class BadArgsEx:
    def __getnewargs_ex__(self):
        return ((1,),)


class BadArgsEx2:
    def __getnewargs_ex__(self):
        return ([1], {})


class BadArgsEx3:
    def __getnewargs_ex__(self):
        return ((1,), [])


class State:
    def __getstate__(self):
        return {'custom': True}


class Reduces:
    def __reduce__(self):
        return (Reduces, ())


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


p = Plain()
for proto in range(6):
    show('Plain proto %d' % proto, lambda: p.__reduce_ex__(proto))
show('Plain __reduce__', lambda: p.__reduce__())
show('Plain __getstate__', lambda: p.__getstate__())
show('Empty __getstate__', lambda: Empty().__getstate__())
show('Empty proto 2', lambda: Empty().__reduce_ex__(2))
show('Slotted __getstate__', lambda: Slotted().__getstate__())
show('Slotted proto 2', lambda: Slotted().__reduce_ex__(2))
show('Slotted proto 1', lambda: Slotted().__reduce_ex__(1))
show('Both __getstate__', lambda: Both().__getstate__())
show('Both proto 4', lambda: Both().__reduce_ex__(4))
show('Args proto 2', lambda: Args(5).__reduce_ex__(2))
show('ArgsEx proto 2', lambda: ArgsEx().__reduce_ex__(2))
show('ArgsEx proto 4', lambda: ArgsEx().__reduce_ex__(4))
show('BadArgs', lambda: BadArgs().__reduce_ex__(2))
show('BadArgsEx', lambda: BadArgsEx().__reduce_ex__(2))
show('BadArgsEx2', lambda: BadArgsEx2().__reduce_ex__(2))
show('BadArgsEx3', lambda: BadArgsEx3().__reduce_ex__(2))
show('State proto 2', lambda: State().__reduce_ex__(2))
show('State proto 0', lambda: State().__reduce_ex__(0))
show('Reduces proto 2', lambda: Reduces().__reduce_ex__(2))
show('list subclass', lambda: L([1, 2]).__reduce_ex__(2))
show('dict subclass', lambda: D(a=1).__reduce_ex__(3))
show('int subclass', lambda: I(7).__reduce_ex__(2))
show('int subclass proto 1', lambda: I(7).__reduce_ex__(1))
show('object()', lambda: object().__reduce_ex__(2))
show('object() proto 0', lambda: object().__reduce_ex__(0))
show('generator', lambda: (x for x in ()).__reduce_ex__(2))
show('generator proto 0', lambda: (x for x in ()).__reduce_ex__(0))
show('no protocol', lambda: p.__reduce_ex__())
show('float protocol', lambda: p.__reduce_ex__(2.0))
show('reduce args', lambda: p.__reduce__(1))
show('getstate args', lambda: p.__getstate__(1))
print('in object dict', [n in object.__dict__ for n in ('__reduce_ex__', '__reduce__', '__getstate__')])
print('inherited', Plain.__reduce_ex__ is object.__reduce_ex__, Plain.__reduce__ is object.__reduce__,
      Plain.__getstate__ is object.__getstate__)
print('heap flag', bool(Plain.__flags__ & 512), bool(int.__flags__ & 512), bool(object.__flags__ & (1 << 9)))
print('slotnames', copyreg._slotnames(Slotted), copyreg._slotnames(Both), Slotted.__dict__.get('__slotnames__'))
