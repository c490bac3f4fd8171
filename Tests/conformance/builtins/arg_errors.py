# CPython's TypeError messages for builtin functions called with the wrong arguments.
import builtins
cases = [
    ("len", ()), ("len", (1, 2)), ("abs", ()), ("chr", ()), ("ord", ("a", "b")),
    ("isinstance", (1,)), ("issubclass", ()), ("hash", ()), ("id", ()), ("callable", (1, 2)),
    ("getattr", (1,)), ("setattr", (1, "a")), ("delattr", (1,)), ("hasattr", ()),
    ("divmod", (1, 2, 3)), ("pow", (1,)), ("round", ()), ("repr", ()), ("iter", ()),
    ("next", ()), ("sorted", ()), ("sum", ()), ("any", ()), ("all", (1, 2)), ("format", ()),
    ("hex", ()), ("oct", (1, 2)), ("bin", ()), ("vars", (1, 2)), ("dir", (1, 2)), ("min", ()),
    ("max", ()), ("zip", ()), ("enumerate", ()), ("filter", ()), ("map", ()), ("reversed", ()),
    ("input", (1, 2)), ("exec", ()), ("eval", ()), ("compile", ()), ("__import__", ()),
    ("globals", (1,)), ("locals", (1,)),
]
for name, args in cases:
    try:
        r = getattr(builtins, name)(*args)
        print(name, "returned", type(r).__name__)
    except TypeError as e:
        print(name, "TypeError:", e)
kw_cases = [("len", {"obj": 1}), ("abs", {"x": 1}), ("sorted", {"iterable": []}), ("isinstance", {"obj": 1, "class_or_tuple": int}),
            ("chr", {"i": 65}), ("divmod", {"x": 1, "y": 2}), ("repr", {"obj": 1}), ("next", {"iterator": iter([])})]
for name, kw in kw_cases:
    try:
        r = getattr(builtins, name)(**kw)
        print(name, "returned", r)
    except TypeError as e:
        print(name, "TypeError:", e)
