# eval() with globals and locals dicts, name resolution and errors.
x = 10
print(eval("x + 1"))
print(eval("x * y", {"x": 2, "y": 3}))
print(eval("a + b", {"a": 1}, {"b": 100}))
print(eval("  1 + 1"))
g = {}
eval("1", g)
print("__builtins__" in g)
print(eval("len('abc')", {}))
def f():
    local_v = 7
    return eval("local_v * 2")
print(f())
print(eval("[n for n in range(3)]", {}))
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
class L(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("hello", {}, L()))
print(eval(b"2 ** 10"))
