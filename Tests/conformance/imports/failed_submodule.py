# A failing submodule import leaves its parent package imported and usable.
import sys
try:
    import pkg_alpha.sub.too_far
except ImportError as e:
    print(type(e).__name__, e)
print("pkg_alpha" in sys.modules, "pkg_alpha.sub" in sys.modules, "pkg_alpha.sub.too_far" in sys.modules)
import pkg_alpha.sub.sibling
print(pkg_alpha.sub.sibling.SIB, hasattr(pkg_alpha.sub, "too_far"))
