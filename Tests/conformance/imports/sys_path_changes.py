# Modules are found through sys.path entries added at run time, in order.
import sys
try:
    import helper_extra_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
here = __file__.rsplit("/", 1)[0]
def rel(p):
    return p[len(here) + 1:] if p.startswith(here + "/") else "elsewhere: " + p
sys.path.insert(0, here + "/extra_path")
import helper_extra_mod
print(helper_extra_mod.WHERE, rel(helper_extra_mod.__file__))
sys.path.insert(0, here + "/nsdir")
import ns_pkg.part
print(ns_pkg.part.PART, ns_pkg.__file__ if hasattr(ns_pkg, "__file__") else "no __file__")
print([rel(p) for p in ns_pkg.__path__])
sys.path.append(here + "/extra_path_missing")
try:
    import helper_still_missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
