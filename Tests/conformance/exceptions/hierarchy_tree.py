# The builtin exception tree walked through __subclasses__() from BaseException.
def walk(cls, depth, seen):
    subs = [c for c in cls.__subclasses__() if c.__module__ == "builtins"]
    for c in sorted(subs, key=lambda c: c.__name__):
        marker = " (again)" if c in seen else ""
        seen.add(c)
        bases = ", ".join(b.__name__ for b in c.__bases__)
        print("  " * depth + f"{c.__name__}({bases}){marker}")
        if not marker:
            walk(c, depth + 1, seen)

print("BaseException", [b.__name__ for b in BaseException.__bases__])
walk(BaseException, 1, set())
