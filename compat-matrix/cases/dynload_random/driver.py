# Driver for CPython's own lib-dynload module _random, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _random
print('from lib-dynload ->', _random.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

r = _random.Random()
r.seed(42)
check('random 1', lambda: r.random())
check('random 2', lambda: r.random())
check('getrandbits 64', lambda: r.getrandbits(64))
check('getrandbits 200', lambda: r.getrandbits(200))
check('getrandbits 0', lambda: r.getrandbits(0))
state = r.getstate()
check('state length', lambda: len(state))
check('state last', lambda: state[-1])
a = r.random()
r.setstate(state)
check('setstate replays', lambda: r.random() == a)
r.seed(2 ** 100 + 7)
check('big seed', lambda: r.random())
r.seed(-5)
check('negative seed', lambda: r.random())
check('getrandbits -1', lambda: r.getrandbits(-1))
check('setstate bad', lambda: r.setstate((1, 2)))
check('seed str', lambda: r.seed('abc'))
