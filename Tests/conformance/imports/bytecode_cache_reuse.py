# Importing a module compiled earlier gives the same results (Swallow reads its bytecode cache;
# CPython its __pycache__), and editing the source is seen by the next import even when the
# size is unchanged. Every constant kind a module can hold is printed back.
import os
import subprocess
import sys
import tempfile
import time

MODULE = '''
"""doc of mod"""
import sys
BIG = 123456789012345678901234567890
VALUES = (None, True, False, ..., -5, 2.5, 1e300, 3j, "text", "é\\u1234", b"\\x00bytes", (1, (2, "x")),
          frozenset({1}) if 0 else None, BIG, -BIG)
def f(a, /, b=2, *args, c, d=4, **kw):
    "doc of f"
    x = [i * i for i in range(a)]
    def inner():
        return x, b
    return inner()
class K:
    def m(self, n):
        match n:
            case [1, *rest]: return ("seq", rest)
            case {"k": v}: return ("map", v)
            case int() if n in {1, 2, 3}: return "small"
            case _: return f"other {n!r:>5}"
async def co(): return 1
def gen():
    try:
        yield 1
    except* ValueError as eg:
        yield len(eg.exceptions)
    finally:
        pass
VERSION = "AAA"
'''

SCRIPT = '''
import mod
print(mod.__doc__, mod.VALUES, mod.f(3, c=1), mod.f.__doc__, mod.f.__code__.co_varnames)
print([mod.K().m(v) for v in ([1, 2, 3], {"k": 9}, 2, 7.5)], list(mod.gen()), mod.VERSION)
print(mod.co.__code__.co_flags & 0x80 != 0, mod.f.__code__.co_firstlineno, mod.f.__code__.co_argcount)
'''

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "mod.py")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(MODULE)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["SWALLOW_BYTECODE_CACHE"] = os.path.join(tmp, "cache")
    env["PYTHONPATH"] = tmp

    def run():
        out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True)
        return out.stdout + out.stderr[-300:]

    first = run()
    second = run()
    print(first, end="")
    print("second run identical:", first == second)
    # The same size, a later modification time: the new source must be used.
    time.sleep(0.05)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(MODULE.replace('"AAA"', '"BBB"'))
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    third = run()
    print("after edit:", third.split()[-3:] if third else third)
    print("edit seen:", "BBB" in third and "AAA" not in third)
