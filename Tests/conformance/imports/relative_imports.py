# Relative imports inside packages: from . import x, from .. import y, from ..m import name.
from pkg_alpha.sub import mod_b
print(mod_b.B_VALUE)
print(mod_b.mod_a is __import__("pkg_alpha.mod_a", fromlist=["x"]))
print(mod_b.__package__, mod_b.sibling.SIB)
