# The gc module's control functions and what they report.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
t = gc.get_threshold()
print(type(t).__name__, len(t), all(isinstance(x, int) for x in t))
c = gc.get_count()
print(type(c).__name__, len(c))
print(isinstance(gc.collect(), int), gc.collect() >= 0)
print(gc.is_tracked([]), gc.is_tracked({"a": []}), gc.is_tracked(3), gc.is_tracked("s"))
print(type(gc.garbage).__name__, gc.garbage)
