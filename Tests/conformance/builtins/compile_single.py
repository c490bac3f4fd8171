# compile(..., "single"): expression statements at the top level go through sys.displayhook.
import sys
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("if True:\n    [1, 2]\n", "<s>", "single"))
import builtins
print(builtins._)
seen = []
sys.displayhook = seen.append
exec(compile("40 + 2", "<s>", "single"))
print(seen)
sys.displayhook = sys.__displayhook__
exec(compile("def f():\n    3\n", "<s>", "single"))
exec(compile("f()", "<s>", "single"))
del sys.displayhook
try:
    exec(compile("7", "<s>", "single"))
except RuntimeError as e:
    print(type(e).__name__, e)
