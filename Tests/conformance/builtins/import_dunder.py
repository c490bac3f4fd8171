# __import__(): returns the top package without fromlist, the leaf with it, errors.
m = __import__("helper_dirmod")
print(m.__name__, m.value)
import sys
print(__import__("sys") is sys)
p = __import__("bpkg.leaf")
print(p.__name__, p.leaf.LEAF)
leaf = __import__("bpkg.leaf", fromlist=["LEAF"])
print(leaf.__name__)
print(__import__("bpkg", fromlist=["leaf2"]).leaf2.LEAF2)
print(__import__("leaf", {"__name__": "bpkg.x", "__package__": "bpkg"}, None, ["LEAF"], 1).__name__)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
import builtins
print(builtins.__import__ is __import__)
