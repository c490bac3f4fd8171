# Driver for CPython's own lib-dynload module _heapq, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _heapq
print('from lib-dynload ->', _heapq.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

h = []
for x in [5, 1, 8, 3, 9, 2]:
    _heapq.heappush(h, x)
print('after pushes ->', h)
out = []
while h:
    out.append(_heapq.heappop(h))
print('popped in order ->', out)
h = [9, 4, 7, 1, 0, 3]
_heapq.heapify(h)
print('heapify ->', h)
check('heapreplace', lambda: _heapq.heapreplace(h, 10))
print('after heapreplace ->', h)
check('heappushpop small', lambda: _heapq.heappushpop(h, -1))
check('heappushpop big', lambda: _heapq.heappushpop(h, 20))
print('after heappushpop ->', h)
m = [1, 5, 3, 9]
_heapq._heapify_max(m)
print('_heapify_max ->', m)
check('_heappop_max', lambda: _heapq._heappop_max(m))
check('heappop empty', lambda: _heapq.heappop([]))
check('heappush non-list', lambda: _heapq.heappush((1,), 2))
check('heapify arg count', lambda: _heapq.heapify())
check('uncomparable', lambda: _heapq.heappush([1], 'x'))
words = ['pear', 'apple', 'fig']
_heapq.heapify(words)
print('strings ->', words[0])
