# Threads on OS threads under the GIL: start/join, locks and RLocks shared between threads,
# preemption between busy threads, queues, events, conditions, semaphores, thread-local data,
# uncaught exceptions in threads, _thread.start_new_thread, and waiting for non-daemon threads
# at exit.
import _thread
import queue
import threading
import time

results = []
lock = threading.Lock()

def work(n):
    for _ in range(500):
        with lock:
            results.append(n)

threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("locked appends:", len(results), sorted(set(results)), [t.is_alive() for t in threads])

# Two busy threads both make progress (the GIL is handed over while they spin).
counts = [0, 0]
stop = False
def spin(k):
    while not stop:
        counts[k] += 1
spinners = [threading.Thread(target=spin, args=(k,)) for k in range(2)]
for t in spinners:
    t.start()
time.sleep(0.3)
stop = True
for t in spinners:
    t.join()
print("both spun:", counts[0] > 0, counts[1] > 0)

# Producer/consumer through a queue.
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
        time.sleep(0.01)
    q.put(None)
threading.Thread(target=producer).start()
got = []
while (item := q.get()) is not None:
    got.append(item)
print("queue:", got)

# Events, conditions, semaphores, barriers.
ev = threading.Event()
def waiter():
    print("event seen:", ev.wait(5))
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
ev.set()
t.join()

cond = threading.Condition()
box = []
def consumer():
    with cond:
        cond.wait_for(lambda: box)
        print("condition got:", box[0])
t = threading.Thread(target=consumer)
t.start()
with cond:
    box.append("payload")
    cond.notify_all()
t.join()

sem = threading.BoundedSemaphore(2)
inside = []
peak = [0]
def limited(i):
    with sem:
        inside.append(i)
        peak[0] = max(peak[0], len(inside))
        time.sleep(0.02)
        inside.remove(i)
ts = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore peak:", peak[0])

barrier = threading.Barrier(3)
order = []
def at_barrier(i):
    order.append(barrier.wait() >= 0)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier passed:", order)

# RLock: reentrant for its owner, refused to others.
rl = threading.RLock()
with rl:
    with rl:
        print("rlock reentered")
    other = []
    t = threading.Thread(target=lambda: other.append(rl.acquire(timeout=0.05)))
    t.start()
    t.join()
    print("other thread got rlock:", other)
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Thread-local data.
loc = threading.local()
loc.x = "main"
def set_local():
    loc.x = "thread"
    print("thread sees:", loc.x)
t = threading.Thread(target=set_local)
t.start()
t.join()
print("main sees:", loc.x)

# Identity.
idents = {}
def record(name):
    idents[name] = (threading.get_ident(), threading.current_thread().name)
t = threading.Thread(target=record, args=("t",), name="recorder")
t.start()
t.join()
print("distinct idents:", idents["t"][0] != threading.get_ident(), idents["t"][1], threading.current_thread().name)
print("main thread:", threading.main_thread() is threading.current_thread(), threading.active_count())

# An exception in a thread is reported by threading.excepthook; the program goes on.
def fails():
    raise ValueError("raised in thread")
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
print("excepthook:", seen)

# _thread directly.
done = _thread.allocate_lock()
done.acquire()
def raw(a, b=0):
    print("raw thread:", a + b)
    done.release()
_thread.start_new_thread(raw, (1,), {"b": 2})
print("raw acquired:", done.acquire(timeout=5))
for args in ((1, ()), (raw, []), (raw, (), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# The interpreter waits for non-daemon threads at exit; daemon threads are abandoned.
def daemon():
    time.sleep(100)
threading.Thread(target=daemon, daemon=True).start()
def late():
    time.sleep(0.1)
    print("non-daemon thread finished")
threading.Thread(target=late).start()
print("main done")
