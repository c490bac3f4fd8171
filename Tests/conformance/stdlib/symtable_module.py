# symtable over _symtable: scopes, their types, lines and nesting, and every symbol's flags
# (imports, parameters, globals, nonlocals, frees, cells, annotations, comprehension targets).
import symtable
src = '''
import os, sys as system
from collections import OrderedDict
x = 1
def f(a, /, b, *args, c=2, **kw):
    global x
    y = a
    def g():
        nonlocal y
        y += 1
        return y + z
    return [i * j for i in args for j in range(i) if (w := i)]
class C(object):
    __p = 1
    attr: int = 3
    def m(self): return __class__, self.__p
    def n(self, q=lambda r: r):
        class Inner: pass
        return {k: v for k, v in q}
lambda q: q
v: int
async def co():
    await x
    return (t for t in x)
'''
def show(t, d=0):
    print(" " * d, t.get_type(), t.get_name(), t.get_lineno(), t.is_nested(), t.is_optimized(), t.has_children())
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        flags = [n for n in ("referenced", "imported", "parameter", "global", "nonlocal", "declared_global", "local",
                             "annotated", "free", "assigned", "namespace") if getattr(s, "is_" + n)()]
        print(" " * d, "  ", s.get_name(), flags)
    if t.get_type() == "function":
        print(" " * d, "  params", t.get_parameters(), "locals", t.get_locals(), "globals", t.get_globals(),
              "nonlocals", t.get_nonlocals(), "frees", t.get_frees())
    if t.get_type() == "class":
        print(" " * d, "  methods", t.get_methods())
    for c in t.get_children():
        show(c, d + 2)
show(symtable.symtable(src, "mod.py", "exec"))
show(symtable.symtable("a + b", "e", "eval"))
t = symtable.symtable("def f(): pass", "x", "exec")
print(t.lookup("f").is_namespace(), t.lookup("f").get_namespace().get_name(), repr(t).startswith("<SymbolTable for module x>"))
try:
    symtable.symtable("def f(:", "bad.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    symtable.symtable("x", "bad.py", "nope")
except ValueError as e:
    print("ValueError", e)
