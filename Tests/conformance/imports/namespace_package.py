# Namespace packages (directories without __init__.py): __path__, __file__, __spec__ and submodules.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/nsdir")
import ns_pkg
print(type(ns_pkg.__path__).__name__, len(ns_pkg.__path__), repr(ns_pkg.__path__).startswith("_NamespacePath(['"), list(ns_pkg.__path__)[0].endswith("/nsdir/ns_pkg"))
print(repr(ns_pkg).startswith("<module 'ns_pkg'"), ns_pkg.__file__, ns_pkg.__spec__.origin, ns_pkg.__spec__.name)
print(hasattr(ns_pkg, "part"))
from ns_pkg import part
print(part.PART, ns_pkg.part is part, part.__package__)
