# Packages: __init__.py runs first, submodules become attributes, __path__, lazy submodules.
import sys
import pkg_alpha
print(pkg_alpha.PKG_VALUE, pkg_alpha.mod_a.A_VALUE)
print(hasattr(pkg_alpha, "lazy"), "pkg_alpha.lazy" in sys.modules)
import pkg_alpha.lazy
print(pkg_alpha.lazy.LAZY, hasattr(pkg_alpha, "lazy"))
from pkg_alpha import lazy as l2
print(l2 is pkg_alpha.lazy)
print(type(pkg_alpha.__path__).__name__, len(pkg_alpha.__path__))
import pkg_alpha.sub
print(pkg_alpha.sub.__name__, pkg_alpha.sub.__package__)
from pkg_alpha.mod_a import a_func
print(a_func())
