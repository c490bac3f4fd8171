# _thread locks (single thread), gc and atexit.
import _thread
import atexit
import gc

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("held", lock.locked())
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == _thread.get_ident(), _thread.error is RuntimeError)
loc = _thread._local()
loc.x = 5
print(loc.x)
print(gc.isenabled(), isinstance(gc.collect(), int))
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
def never():
    print("never")
atexit.register(never)
atexit.unregister(never)
print("end of program")
