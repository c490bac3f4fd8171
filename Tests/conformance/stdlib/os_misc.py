# os module attributes and process information.
import os

print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.devnull)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0)
print(os.fspath("a"), os.fspath(b"b"))
class P:
    def __fspath__(self):
        return "from-fspath"
print(os.fspath(P()))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
print(len(os.urandom(16)), type(os.urandom(0)))
print(os.strerror(2), os.strerror(13))
u = os.uname()
print(type(u).__name__, u.sysname, len(u))
os.environ["SWALLOW_TEST_VAR"] = "value1"
print(os.environ["SWALLOW_TEST_VAR"], os.getenv("SWALLOW_TEST_VAR"), os.getenv("SWALLOW_NO_SUCH_VAR", "dflt"))
del os.environ["SWALLOW_TEST_VAR"]
print("SWALLOW_TEST_VAR" in os.environ)
print(isinstance(os.environ, os._Environ), os.environb is not None)
print(os.fsencode("abc"), os.fsdecode(b"abc"))
print(callable(os.walk), callable(os.makedirs), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.cpu_count() >= 1, os.access(".", os.R_OK))
t = os.times()
print(type(t).__name__, len(t))
