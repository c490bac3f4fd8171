# Driver for CPython's own lib-dynload module _decimal, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _decimal
print('from lib-dynload ->', _decimal.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

D = _decimal.Decimal
check('module attrs', lambda: (_decimal.__version__, _decimal.MAX_PREC, _decimal.MAX_EMAX, _decimal.MIN_EMIN))
check('type module', lambda: D.__module__)
check('from str', lambda: D('1.10'))
check('from int', lambda: D(2 ** 70))
check('from float', lambda: D(0.1))
check('from tuple', lambda: D((1, (3, 1, 4), -2)))
check('from neg zero', lambda: D('-0'))
check('nan inf', lambda: (D('NaN'), D('-Infinity'), D('sNaN')))
check('bad string', lambda: D('1.2.3'))
check('bad type', lambda: D([1]))
check('str repr', lambda: (str(D('1E+3')), repr(D('0.00'))))
check('add', lambda: D('1.1') + D('2.2'))
check('sub', lambda: D('1') - D('0.0001'))
check('mul', lambda: D('1.5') * 3)
check('div', lambda: D(1) / D(3))
check('floordiv mod', lambda: (D(-7) // D(2), D(-7) % D(2)))
check('divmod', lambda: divmod(D(17), D(5)))
check('pow', lambda: D(2) ** 100)
check('neg abs', lambda: (-D('3.5'), abs(D('-2'))))
check('div by zero', lambda: D(1) / D(0))
check('0/0', lambda: D(0) / D(0))
check('mixed float', lambda: D(1) + 1.5)
check('compare', lambda: (D('1.0') == D('1'), D(1) < D(2), D(1) == 1, D('0.5') == 0.5))
check('hash', lambda: (hash(D(7)) == hash(7), hash(D('0.5')) == hash(0.5)))
check('sqrt', lambda: D(2).sqrt())
check('exp ln', lambda: (D(1).exp(), D(10).ln()))
check('log10', lambda: D(1000).log10())
check('quantize', lambda: D('3.14159').quantize(D('0.01')))
check('quantize rounding', lambda: D('2.5').quantize(D('1'), rounding=_decimal.ROUND_HALF_UP))
check('to_integral', lambda: D('2.7').to_integral_value())
check('round', lambda: (round(D('2.675'), 2), round(D('2.5'))))
check('int float', lambda: (int(D('-3.9')), float(D('0.25'))))
check('int of nan', lambda: int(D('NaN')))
check('as_tuple', lambda: D('-1.25').as_tuple())
check('as_integer_ratio', lambda: D('0.75').as_integer_ratio())
check('normalize', lambda: D('1.200').normalize())
check('predicates', lambda: (D('NaN').is_nan(), D(0).is_zero(), D('-1').is_signed(), D('inf').is_infinite()))
check('adjusted', lambda: D('123.45').adjusted())
check('format', lambda: (format(D('1234.5678'), ',.2f'), format(D('0.001'), '.1e'), format(D(5), '>6')))
check('from_float', lambda: D.from_float(1.5))
check('copy_sign', lambda: D(3).copy_sign(D(-1)))
check('fma', lambda: D(2).fma(3, 4))
check('compare method', lambda: D(1).compare(D(2)))
check('max min', lambda: (D(1).max(D(2)), D(1).min(D(2))))
check('scaleb', lambda: D(1).scaleb(3))
check('number_class', lambda: D('-0').number_class())
check('bool', lambda: (bool(D(0)), bool(D('0.1'))))

ctx = _decimal.getcontext()
check('context type', lambda: type(ctx).__name__)
check('default prec', lambda: (ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp))
check('context repr', lambda: repr(_decimal.Context()))
c = _decimal.Context(prec=5, rounding=_decimal.ROUND_DOWN)
check('context ops', lambda: (c.divide(1, 3), c.add(D('1.23456'), 0), c.sqrt(2)))
check('context create_decimal', lambda: c.create_decimal('3.14159265'))
check('context bad prec', lambda: _decimal.Context(prec=0))
check('context bad rounding', lambda: _decimal.Context(rounding='sideways'))
check('context bad attr', lambda: setattr(c, 'prec', 'x'))
lc = _decimal.localcontext()
with lc as inner:
    inner.prec = 3
    check('localcontext', lambda: D(1) / D(7))
check('restored', lambda: D(1) / D(7))
t = _decimal.Context(traps=[_decimal.Inexact])
check('trap inexact', lambda: t.divide(1, 3))
f = _decimal.Context()
f.traps[_decimal.DivisionByZero] = False
check('no trap', lambda: f.divide(1, 0))
check('flags', lambda: f.flags[_decimal.DivisionByZero])
f.clear_flags()
check('clear flags', lambda: f.flags[_decimal.DivisionByZero])
check('signal hierarchy', lambda: [k.__name__ for k in _decimal.DivisionByZero.__mro__])
check('InvalidOperation', lambda: [k.__name__ for k in _decimal.InvalidOperation.__mro__])
check('FloatOperation', lambda: [k.__name__ for k in _decimal.FloatOperation.__mro__])
fo = _decimal.Context(traps=[_decimal.FloatOperation])
check('float operation trap', lambda: fo.create_decimal(1.5))
old = _decimal.getcontext()
_decimal.setcontext(_decimal.Context(prec=4))
check('setcontext', lambda: D(2).sqrt())
_decimal.setcontext(old)
check('DefaultContext prec', lambda: _decimal.DefaultContext.prec)
check('BasicContext', lambda: (_decimal.BasicContext.prec, _decimal.BasicContext.rounding))
check('ExtendedContext', lambda: (_decimal.ExtendedContext.prec, _decimal.ExtendedContext.traps[_decimal.DivisionByZero]))


class MyD(D):
    def double(self):
        return MyD(self * 2)


m = MyD('1.5')
check('subclass', lambda: (type(m).__name__, m.double(), type(m.double()).__name__, type(m + 1).__name__))
import pickle
check('pickle', lambda: pickle.loads(pickle.dumps(D('-12.500'))))
check('pickle context', lambda: pickle.loads(pickle.dumps(c)).prec)
import copy
check('copy', lambda: copy.copy(D('1.5')))
check('big', lambda: str(D(3) ** 2000)[:20])
big_ctx = _decimal.Context(prec=200)
check('high precision', lambda: str(big_ctx.sqrt(2))[-10:])
check('Decimal tuple bad', lambda: D((1, (10,), 0)))
check('sum', lambda: sum([D('0.1')] * 10))
