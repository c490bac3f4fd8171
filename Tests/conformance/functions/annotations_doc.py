# __annotations__ on functions and modules, and docstrings.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    """Summary line.

    Details.
    """
    return True
print(f.__annotations__)
print(f.__doc__)
def g(a, b): pass
print(g.__annotations__)
g.__annotations__["a"] = int
print(g.__annotations__)
def h() -> None: pass
print(h.__annotations__)
x: int = 5
y: str
print(__annotations__)
class C:
    attr: int = 1
    other: "Forward"
    def m(self) -> "C": pass
print(C.__annotations__, C.m.__annotations__)
print(C.__doc__)
class D:
    "Class doc."
print(D.__doc__)
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)
def fdoc():
    f"formatted {1}"
print(fdoc.__doc__)
lam = lambda: 0
print(lam.__doc__, lam.__annotations__)
