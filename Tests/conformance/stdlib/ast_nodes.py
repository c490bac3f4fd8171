# The ast module's node classes (from _ast): construction, fields, hierarchy, dump, matching.
import ast

n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Name('x', ast.Load()))
print(type(n).__name__, n._fields, n.left.value, isinstance(n, ast.expr), isinstance(n, ast.AST))
print(ast.Add.__mro__[1].__name__, ast.stmt._attributes, ast.FunctionDef._fields)
print(ast.dump(n))
match n:
    case ast.BinOp(ast.Constant(v), op, r):
        print("matched", v, type(op).__name__, r.id)
try:
    ast.Add(1)
except TypeError as e:
    print(type(e).__name__, e)
print(len([c for c in vars(ast).values() if isinstance(c, type) and issubclass(c, ast.AST)]))
print(ast.PyCF_ONLY_AST, issubclass(ast.Num, ast.Constant) if hasattr(ast, "Num") else None)
