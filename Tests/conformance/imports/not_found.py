# ModuleNotFoundError messages and attributes for missing modules and submodules.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    import pkg_alpha.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import helper_basic.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_alpha.sub import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import no_pkg.no_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from no_such_pkg import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import sys
print("no_such_module_here" in sys.modules)
