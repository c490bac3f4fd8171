# from package import * imports the submodules named in the package's __all__.
import sys
from pkg_all import *
print(TOP, sub_one.ONE)
print("pkg_all.sub_one" in sys.modules, "pkg_all.sub_two" in sys.modules)
try:
    HIDDEN
except NameError as e:
    print(type(e).__name__, e)
from pkg_all import sub_two
print(sub_two.TWO, sorted(k for k in vars(sys.modules["pkg_all"]) if not k.startswith("_")))
