# The builtins module's public names: functions and types that must exist.
import builtins
expected_functions = """abs aiter all anext any ascii bin breakpoint callable chr compile delattr dir divmod
eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter len locals max min next
oct open ord pow print repr round setattr sorted sum vars __import__ __build_class__""".split()
expected_types = """bool bytearray bytes classmethod complex dict enumerate filter float frozenset int list map
object property range reversed set slice staticmethod str super tuple type zip""".split()
missing = [n for n in expected_functions + expected_types if not hasattr(builtins, n)]
print("missing:", missing)
print([n for n in expected_types if not isinstance(getattr(builtins, n, None), type)])
print([n for n in expected_functions if not callable(getattr(builtins, n, None))])
print(type(len).__name__, len.__name__, repr(len), len.__module__)
print(repr(abs), repr(print))
print(__debug__, type(__debug__).__name__)
print(getattr(builtins, "None", "missing") is None)
print(getattr(builtins, "True"), builtins.Ellipsis, builtins.NotImplemented)
print(callable(__build_class__), builtins.__name__)
print(__builtins__ is builtins or __builtins__ is vars(builtins))
for n in ("copyright", "credits", "license", "exit", "quit", "help"):
    print(n, hasattr(builtins, n))
