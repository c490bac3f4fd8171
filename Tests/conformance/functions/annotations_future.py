# Under `from __future__ import annotations`, annotations are kept as strings and not evaluated.
from __future__ import annotations
def f(a: int, b: list[str] = [], *args: tuple[int, ...], c: Undefined = None, **kw: dict[str, int]) -> Optional[int]:
    return a
print(f.__annotations__)
def g(x: "quoted", y: 'single') -> None: pass
print(g.__annotations__)
class Point:
    x: int
    y: float = 0.0
    label: str | None = None
    nested: dict[str,   list[int]]
print(Point.__annotations__, Point.y)
total: NotDefinedAnywhere = 5
print(__annotations__, total)
def h(p: a.b.c, q: x[1:2], r: -1, s: lambda_free if True else other) -> h: pass
print(h.__annotations__)
print(f(3))
