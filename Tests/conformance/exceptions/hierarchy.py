# The builtin exception hierarchy: every exception class in builtins with its bases and MRO.
import builtins

classes = sorted((v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)),
                 key=lambda c: c.__name__)
for c in classes:
    bases = ", ".join(b.__name__ for b in c.__bases__)
    print(f"{c.__name__}({bases}) mro={'/'.join(k.__name__ for k in c.__mro__[1:-1])} module={c.__module__}")

names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
print(len(names))
print(EnvironmentError is OSError, IOError is OSError)

# every class can be instantiated and caught by its bases
for c in classes:
    if issubclass(c, BaseExceptionGroup):
        continue
    if c is UnicodeDecodeError:
        inst = c("utf-8", b"x", 0, 1, "r")
    elif c is UnicodeEncodeError:
        inst = c("ascii", "x", 0, 1, "r")
    elif c is UnicodeTranslateError:
        inst = c("x", 0, 1, "r")
    else:
        inst = c("m")
    try:
        raise inst
    except c if c is BaseException else c.__bases__[0] as caught:
        ok = caught is inst
    print(c.__name__, ok, type(inst).__name__)
