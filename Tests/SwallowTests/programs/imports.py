import sys
import helper_mod
from helper_mod import greet, VALUE as V
import pkg.sub
from pkg import sub as s2
from pkg.sub import deep
print(helper_mod.greet("x"), greet("y"), V, pkg.sub.NAME, s2 is pkg.sub, deep(), pkg.PKG_INIT)
print(helper_mod.__name__, "helper_mod" in sys.modules, pkg.__name__, sub_name := pkg.sub.__name__)
print(sys.argv[0].endswith("imports.py"), type(sys.path), sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, sys.platform)
from pkg.rel import relative_value
print(relative_value)
try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(__name__)
