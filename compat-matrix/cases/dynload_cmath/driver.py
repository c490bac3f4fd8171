# Driver for CPython's own lib-dynload module cmath, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import cmath
print('from lib-dynload ->', cmath.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('pi', lambda: cmath.pi)
check('infj', lambda: cmath.infj)
check('sqrt -1', lambda: cmath.sqrt(-1))
check('sqrt complex', lambda: cmath.sqrt(3 + 4j))
check('exp', lambda: cmath.exp(1j))
check('log', lambda: cmath.log(-1))
check('log base', lambda: cmath.log(8, 2))
check('phase', lambda: cmath.phase(-1 - 0j))
check('polar', lambda: cmath.polar(1j))
check('rect', lambda: cmath.rect(2.0, 0.0))
check('isclose', lambda: cmath.isclose(1 + 1j, 1 + 1.0000000001j))
check('isinf', lambda: cmath.isinf(complex(1e308 * 10, 0)))
check('isnan', lambda: cmath.isnan(complex(0, 1)))
check('cos', lambda: cmath.cos(1 + 1j))
check('atanh', lambda: cmath.atanh(0.5))
check('log 0', lambda: cmath.log(0))
check('sqrt str', lambda: cmath.sqrt('x'))
