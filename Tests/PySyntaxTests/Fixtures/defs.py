def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def h(a, /, b, *, c):
    return

def ann(x: int, y: "str" = "s", *a: tuple, k: bool = True, **kw: dict) -> None:
    nonlocal_ = 1

@dec
@dec2(1)
@a.b.c
def decorated(): ...

class A:
    pass

class B(A, metaclass=M, **kw):
    """Doc."""
    x = 1

    def method(self):
        return self.x

@dataclass
class C(object): pass

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        yield x
        yield
        yield from range(3)
        y = yield 1
        z = yield from g
    return inner

async def coro():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return await f()

def pos_only(a, b=2, /, c=3): pass
def kw(*, a, b=1): pass
def star_only(*args): pass
lambda a, /, b: 0
