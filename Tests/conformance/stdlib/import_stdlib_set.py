# The core pure-Python modules import, and their main objects are present.
import abc, bisect, collections, collections.abc, contextlib, copy, enum, functools, heapq, io, itertools
import keyword, operator, os, reprlib, types, weakref, stat, codecs, numbers, genericpath, posixpath
print(os.path is posixpath, io.open is open, collections.OrderedDict.__module__, functools.partial.__module__)
print(sorted(name for name in ["deque", "defaultdict", "namedtuple", "Counter", "OrderedDict", "ChainMap"]
             if hasattr(collections, name)))
print(numbers.Integral.register is not None, isinstance(3, numbers.Number), isinstance(2.5, numbers.Real))
print(issubclass(bool, numbers.Integral), isinstance(1j, numbers.Complex))
print(type(io.open).__name__, io.open.__module__ if hasattr(io.open, "__module__") else None)
