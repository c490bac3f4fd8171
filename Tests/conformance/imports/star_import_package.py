# from package import * with and without __all__ in __init__, and errors in __all__.
from pkg_alpha import *
print(sorted(k for k in globals() if not k.startswith("__")))
import sys
m = type(sys)("dyn_star")
m.__all__ = ["present", "absent"]
m.present = 1
sys.modules["dyn_star"] = m
try:
    from dyn_star import *
except AttributeError as e:
    print(type(e).__name__, e)
m.__all__ = [1]
try:
    from dyn_star import *
except TypeError as e:
    print(type(e).__name__, e)
