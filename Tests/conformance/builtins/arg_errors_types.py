# Builtins given arguments of the wrong type or value: CPython's exception types and messages.
cases = ["sum(1, 2)", "sorted(5)", "min(5)", "list(map(5, [1]))", "list(filter(5, [1]))", "enumerate([], start='a')",
         "zip(5)", "next(5)", "getattr(1, 2, 3)", "isinstance(1, [int])", "round(1.5, 1.5)", "divmod('a', 'b')",
         "pow(2, 'a')", "bin(1.0)", "vars(1)", "ascii(1, 2)", "delattr(1)", "setattr(1, 1, 1)",
         "open(None)", "open('x', 5)", "print(1, sep=1)", "max(1, 2, key=5)", "sorted([1, 2], key=5)", "sum([1], 'a')",
         "iter(1, 2, 3)", "hash()", "compile('1', 'f', 'exec', 'x')", "exec('1', 1, 1)", "eval('1', None, 1)",
         "issubclass(int, (int, 1))", "issubclass(int, [1])", "reversed(1, 2)", "round(1.5, None, 1)", "chr('1')",
         "abs(None)", "any(1)", "len(1.5)", "dir(1, 2)", "globals(1)", "callable(1, 2)", "sum([[1]], start=1)",
         "list(zip([1], strict=1, x=2))", "enumerate([], 1, 2)", "divmod(1, 0)", "divmod(1.5, 0)", "pow(0, -1)",
         "pow(2, 3, 0)", "max([], key=len)", "min(iter([]))", "sorted([3, 1], reverse='x')",
         "round(float('nan'), 0)", "hex(2.5)", "oct('7')", "id(1, 2)"]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r)[:60])
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
