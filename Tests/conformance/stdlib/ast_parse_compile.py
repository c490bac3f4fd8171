# ast.parse builds real ast nodes from the front end's tree: whole library modules dump identically
# (checksummed, a slice of ast.py), every node family appears, operator singletons are shared, and compile() turns
# ast trees back into code (eval/exec), including trees changed by a NodeTransformer.
import ast, os
src = open(os.path.join(os.path.dirname(ast.__file__), "ast.py")).read()
for s in [src[:src.index("\nclass NodeVisitor")],
          "x = 1\nmatch x:\n case [1, *r] | {'a': 2, **kw} | C(1, y=2) as z if z: pass\n",
          "async def f():\n    async with a as (b, c): await d\n    async for i in x: yield\n",
          "f'{a!r:>{w}} {b=}'\n", "lambda a, /, b=1, *c, d, e=2, **f: (yield)\n", "u'x'; b'\\x00'; 1e999; 2j; ...; 10**100\n",
          "try:\n pass\nexcept* E as e:\n pass\nfinally:\n del x[1:2, ::3]\n", "global a\nnonlocal_ = 1\nfrom . import (x as y)\n"]:
    t = ast.parse(s)
    import zlib; print(len(ast.dump(t, include_attributes=True)), zlib.crc32(ast.dump(t, include_attributes=True).encode()))
t = ast.parse("1 + 2", mode="eval"); print(ast.dump(t))
print(eval(compile(t, "<ast>", "eval")))
t = ast.parse("x = 5\nprint(x * 2)")
t.body[0].value.value = 21
exec(compile(t, "<ast>", "exec"))
print(ast.dump(ast.parse("x", mode="single")))
print(ast.parse("a+b").body[0].value.op is ast.parse("c+d").body[0].value.op)
print(ast.literal_eval("{'a': [1, 2.5, -3j, (True, None)], 'b': b'x'}"))
try: ast.parse("x = ")
except SyntaxError as e: print(e.msg, e.lineno, e.offset)
n = ast.parse("def f(a): return a").body[0]
print(type(n).__name__, n.name, n.lineno, n.end_col_offset, n.returns, n.args.vararg, ast.get_docstring(n))
class V(ast.NodeTransformer):
    def visit_Constant(self, node): return ast.copy_location(ast.Constant(node.value * 10), node)
t = V().visit(ast.parse("print(1 + 2)"))
exec(compile(ast.fix_missing_locations(t), "<x>", "exec"))
print(ast.unparse(ast.parse("for i in range(3):\n    if i: continue\nelse: pass")))
print(compile("1", "f", "eval", ast.PyCF_ONLY_AST).__class__.__name__, compile(t, "f", "exec", ast.PyCF_ONLY_AST) is t)
try: compile(ast.parse("1", mode="eval"), "f", "exec")
except TypeError as e: print(e)
