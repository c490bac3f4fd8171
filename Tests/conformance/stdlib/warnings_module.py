# warnings: filters, registries and catch_warnings (messages collected, not printed to stderr).
import warnings

shown = []
def show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno > 0))
warnings.showwarning = show
def f():
    warnings.warn("careful", UserWarning)
f(); f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("hidden", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("instance"))
print(shown)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", RuntimeWarning)
    warnings.warn("rec1")
print([(str(x.message), x.category.__name__) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("UserWarning", e)
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("quiet")
    print("not raised")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
print(len(w))
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
print([f[0] for f in warnings.filters[:5]], warnings.defaultaction)
