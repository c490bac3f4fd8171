# Driver for CPython's own lib-dynload module math, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import math
print('from lib-dynload ->', math.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('pi', lambda: math.pi)
check('e', lambda: math.e)
check('tau', lambda: math.tau)
check('inf', lambda: math.inf)
check('sqrt 2', lambda: math.sqrt(2))
check('sqrt int', lambda: math.sqrt(16))
check('floor', lambda: math.floor(-2.5))
check('ceil', lambda: math.ceil(2.1))
check('trunc', lambda: math.trunc(-7.9))
check('gcd', lambda: math.gcd(84, 36, 120))
check('lcm', lambda: math.lcm(4, 6, 10))
check('factorial 30', lambda: math.factorial(30))
check('isqrt big', lambda: math.isqrt(10 ** 30 + 12345))
check('comb', lambda: math.comb(50, 25))
check('perm', lambda: math.perm(10, 3))
check('log', lambda: math.log(1024, 2))
check('log10', lambda: math.log10(1000))
check('log big int', lambda: math.log(2 ** 1000))
check('exp', lambda: math.exp(1.5))
check('sin', lambda: math.sin(0.5))
check('atan2', lambda: math.atan2(1.0, -1.0))
check('hypot', lambda: math.hypot(3, 4, 12))
check('dist', lambda: math.dist((0, 0), (3, 4)))
check('fsum', lambda: math.fsum([0.1] * 10))
check('prod', lambda: math.prod([1, 2, 3, 4, 5]))
check('copysign', lambda: math.copysign(3.0, -0.0))
check('frexp', lambda: math.frexp(40.0))
check('ldexp', lambda: math.ldexp(0.625, 6))
check('modf', lambda: math.modf(-3.25))
check('isclose', lambda: math.isclose(1.0, 1.0 + 1e-10))
check('isnan', lambda: math.isnan(math.nan))
check('isfinite', lambda: math.isfinite(1e308))
check('nextafter', lambda: math.nextafter(1.0, 2.0))
check('ulp', lambda: math.ulp(1.0))
check('cbrt', lambda: math.cbrt(27))
check('exp2', lambda: math.exp2(10))
check('degrees', lambda: math.degrees(math.pi))
check('sqrt -1', lambda: math.sqrt(-1))
check('exp overflow', lambda: math.exp(1000))
check('factorial -1', lambda: math.factorial(-1))
check('factorial float', lambda: math.factorial(2.5))
check('sqrt str', lambda: math.sqrt('x'))
check('gcd float', lambda: math.gcd(1.5, 2))
