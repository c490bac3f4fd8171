# Import statements bind names in the current scope: functions, classes, loops, try/except fallbacks.
def f():
    from helper_basic import CONSTANT as C
    return C
print(f(), "C" in globals())
class K:
    import helper_basic as hb
    val = hb.CONSTANT
print(K.val, K.hb.__name__)
try:
    import not_a_real_mod as chosen
except ImportError:
    import helper_basic as chosen
print(chosen.__name__)
for name in ["helper_basic", "pkg_alpha"]:
    mod = __import__(name)
    print(mod.__name__)
