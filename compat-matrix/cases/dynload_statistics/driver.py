# Driver for CPython's own lib-dynload module _statistics, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _statistics
print('from lib-dynload ->', _statistics.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

f = _statistics._normal_dist_inv_cdf
check('median', lambda: f(0.5, 0.0, 1.0))
check('p=0.975', lambda: f(0.975, 0.0, 1.0))
check('p=0.01 mu sigma', lambda: f(0.01, 100.0, 15.0))
check('tail p=1e-10', lambda: f(1e-10, 0.0, 1.0))
check('upper tail', lambda: f(0.9999, 5.0, 2.0))
check('int arguments', lambda: f(0.25, 0, 1))
check('wrong type', lambda: f('x', 0.0, 1.0))
check('too few arguments', lambda: f(0.5, 0.0))
