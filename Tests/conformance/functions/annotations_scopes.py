# Annotations: classes get an empty __annotations__ on access, nested blocks record theirs, modules and functions.
class A: pass
print(A.__annotations__)
print("__annotations__" in A.__dict__)
class B:
    x: int
    if True:
        y: str = "s"
    for i in range(1):
        z: float
print(B.__annotations__, hasattr(B, "x"), B.y)
import helper_ann
print(helper_ann.__annotations__)
def f(a: "x" = 1, *args: int, b: list, **kw: dict) -> None: pass
print(f.__annotations__)
g = lambda x: x
print(g.__annotations__)
class C:
    a: int = 1
    def m(self, q: "C" = None) -> A: pass
print(C.m.__annotations__)
x: "list[int]" = []
print(__annotations__)
obj = type("O", (), {})()
obj.attr = 0
obj.attr: int = 5
print(obj.attr, __annotations__)
