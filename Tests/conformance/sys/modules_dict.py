# sys.modules: contents, caching, replacing entries and None entries.
import sys
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
import helper_counter
import helper_counter as again
print(helper_counter is again, helper_counter.loads)
del sys.modules["helper_counter"]
import helper_counter as fresh
print(fresh is helper_counter, fresh.loads)
class Fake:
    answer = 42
sys.modules["fake_mod"] = Fake()
import fake_mod
print(fake_mod.answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
main = sys.modules[__name__]
print(main.__name__, hasattr(main, "Fake"))
