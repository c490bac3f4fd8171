# importlib: import_module, find_spec, the bootstrap's specs and reload.
import importlib
import importlib.util
import sys

m = importlib.import_module("colorsys")
print(m.__name__, m.__spec__.name, m.__spec__.origin.endswith("colorsys.py"), m.rgb_to_hsv(1, 0, 0))
print(importlib.import_module("os") is sys.modules["os"], importlib.import_module("itertools").__name__)
print(importlib.import_module(".path", "os").__name__)
spec = importlib.util.find_spec("json")
print(spec.name, spec.origin.endswith("json/__init__.py"), spec.submodule_search_locations is not None, spec.parent)
print(importlib.util.find_spec("no_such_module_xyz"))
print(sys.modules["sys"].__spec__.origin, type(sys.modules["sys"].__spec__.loader).__name__)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
mod = importlib.util.module_from_spec(importlib.util.find_spec("colorsys"))
print(type(mod).__name__, mod.__name__, hasattr(mod, "rgb_to_hls"))
spec.loader.exec_module(mod) if False else None
print(importlib.reload(m) is m)
