# The builtin exception hierarchy: every class reachable from BaseException with its bases.
import builtins

def walk(cls, depth, seen):
    subs = [c for c in cls.__subclasses__() if c.__module__ == "builtins"]
    for c in sorted(subs, key=lambda c: c.__name__):
        if c in seen:
            continue
        seen.add(c)
        bases = ", ".join(b.__name__ for b in c.__bases__)
        print("  " * depth + f"{c.__name__}({bases})")
        walk(c, depth + 1, seen)

print("BaseException", BaseException.__bases__)
walk(BaseException, 1, set())

# every exception class exposed by builtins
names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
print(len(names))
print(names)
print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in TabError.__mro__])
print([c.__name__ for c in BrokenPipeError.__mro__])
