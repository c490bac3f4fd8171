# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout.
import contextlib
import io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    print("body")
class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
class Cm(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None
with Cm() as c:
    print(type(c).__name__)
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
