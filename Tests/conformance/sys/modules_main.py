# The __main__ module in sys.modules: its namespace is the program's globals.
import sys
main = sys.modules["__main__"]
value = 42
print(main.value, main.__dict__ is globals(), main.__name__, type(main).__name__)
main.added = "via module"
print(added)
print(main.__spec__, main.__package__, main.__file__.rsplit("/", 1)[-1])
print(repr(main).startswith("<module '__main__' from '"))
print(sorted(k for k in vars(main) if k.startswith("__") and k not in ("__builtins__", "__cached__", "__annotations__")))
