# The annotations future in co_flags, inherited by exec/compile of source text unless dont_inherit, or asked for by flags.
from __future__ import annotations
import __future__
def f(x: int) -> str: pass
print(hex(f.__code__.co_flags), f.__annotations__)
ns = {}
exec("def g(y: list[int]): pass", ns)
print(ns["g"].__annotations__, hex(ns["g"].__code__.co_flags))
c = compile("def h(z: float): pass", "<c>", "exec", dont_inherit=True)
exec(c, ns)
print(ns["h"].__annotations__)
c2 = compile("def k(w: bytes): pass", "<c>", "exec")
exec(c2, ns)
print(ns["k"].__annotations__, hex(c2.co_flags))
c3 = compile("def m(v: dict): pass", "<c>", "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True)
exec(c3, ns)
print(ns["m"].__annotations__)
