# _ast node classes: construction, fields, optional fields, dump, unparse, visitors.
# (Parsing source into nodes, compile(..., PyCF_ONLY_AST), is not exercised here.)
import ast

n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Name("x", ast.Load()))
print(ast.dump(n), n._fields, ast.BinOp._attributes)
print(isinstance(n, ast.expr), isinstance(n, ast.AST), issubclass(ast.Add, ast.operator), ast.Constant(5).kind)
print(ast.unparse(n), ast.unparse(ast.Call(ast.Name("f", ast.Load()), [ast.Constant("s")], [ast.keyword("k", ast.Constant(None))])))
fn = ast.FunctionDef("g", ast.arguments([], [ast.arg("a")], None, [], [], None, []), [ast.Return(ast.Name("a", ast.Load()))], [])
print(fn.returns, fn.type_comment, ast.unparse(fn))
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
c = Counter()
c.visit(ast.Module([ast.Expr(n), ast.Expr(ast.Name("y", ast.Load()))], []))
print(c.names)
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2)
print(ast.unparse(Double().visit(ast.BinOp(ast.Constant(3), ast.Mult(), ast.Constant(4)))))
print([type(x).__name__ for x in ast.iter_child_nodes(n)], list(ast.iter_fields(ast.Constant(1)))[:1])
try:
    ast.Constant(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(ast.PyCF_ONLY_AST, ast.literal_eval(ast.Constant(7)) if False else ast.Load.__mro__[1].__name__)
