# Driver for CPython's own lib-dynload module _queue, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _queue
print('from lib-dynload ->', _queue.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

q = _queue.SimpleQueue()
check('type', lambda: type(q).__name__)
check('module', lambda: _queue.SimpleQueue.__module__)
check('Empty base', lambda: [c.__name__ for c in _queue.Empty.__mro__])
check('empty', lambda: q.empty())
check('qsize', lambda: q.qsize())
check('get_nowait empty', lambda: q.get_nowait())
check('get nonblocking', lambda: q.get(False))
check('get timeout', lambda: q.get(True, 0.01))
check('get negative timeout', lambda: q.get(timeout=-1))
check('get bad timeout', lambda: q.get(timeout='x'))
for i in range(5):
    q.put(i)
q.put_nowait('five')
q.put(None, block=False, timeout=3)
check('qsize 7', lambda: q.qsize())
check('not empty', lambda: q.empty())
out = []
while not q.empty():
    out.append(q.get())
check('fifo', lambda: out)
check('put no args', lambda: q.put())
check('ctor args', lambda: _queue.SimpleQueue(1))
check('class getitem', lambda: _queue.SimpleQueue[int].__name__)
big = _queue.SimpleQueue()
for i in range(10000):
    big.put(i)
s = 0
for i in range(10000):
    s = s + big.get_nowait()
check('many', lambda: s)


class Sub(_queue.SimpleQueue):
    def put_twice(self, x):
        self.put(x)
        self.put(x)


sq = Sub()
sq.put_twice('y')
check('subclass', lambda: (sq.qsize(), sq.get(), type(sq).__name__))
import threading
tq = _queue.SimpleQueue()
results = []


def consumer():
    for i in range(3):
        results.append(tq.get(timeout=5))


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    tq.put(i * 10)
t.join()
check('threaded', lambda: results)
