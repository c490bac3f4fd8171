# Import statements call builtins.__import__, so replacing it intercepts them.
import builtins
original = builtins.__import__
calls = []
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = globals.get("__name__") if globals is not None else None
    if not str(importer).startswith("importlib"):  # CPython's own import machinery also calls it
        calls.append((name, fromlist, level, importer))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import helper_star_all
from pkg_alpha import mod_a
import pkg_alpha.sub.sibling as sib
def inside():
    import helper_basic
    return helper_basic.CONSTANT
print(inside())
builtins.__import__ = original
import helper_star_plain
for c in calls:
    print(c)
def refusing(name, *args):
    raise ImportError("imports are disabled: " + name)
builtins.__import__ = refusing
try:
    import anything
except ImportError as e:
    print(type(e).__name__, e)
finally:
    builtins.__import__ = original
import helper_modgetattr
print("restored")
