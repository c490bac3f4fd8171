# Module attributes: __name__, __file__ (absolute path), __package__, __spec__, __doc__.
import sys
import helper_basic
import pkg_alpha.sub.mod_b as mb
here = __file__.rsplit("/", 1)[0]
def rel(p):
    return p[len(here) + 1:] if p.startswith(here + "/") else "elsewhere: " + p
for m in (helper_basic, sys.modules["pkg_alpha"], sys.modules["pkg_alpha.sub"], mb):
    f = m.__file__
    print(m.__name__, repr(m.__package__), rel(f), f.startswith("/"), "/./" not in f and "//" not in f)
    print("  spec:", m.__spec__ is not None, m.__spec__.name == m.__name__, hasattr(m, "__loader__"))
print(sys.modules["pkg_alpha"].__path__ == [here + "/pkg_alpha"])
print(hasattr(helper_basic, "__path__"))
print(__name__, __spec__, __package__)
print(__file__.rsplit("/", 1)[-1])
print(sorted(k for k in vars(helper_basic) if k.startswith("__") and k not in ("__builtins__", "__cached__")))
print(helper_basic.__builtins__ is not None)
