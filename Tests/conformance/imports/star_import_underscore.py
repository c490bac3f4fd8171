# from m import * without __all__ skips names starting with an underscore.
before = set(globals())
from helper_star_plain import *
added = sorted(set(globals()) - before - {"before"})
print(added)
print(visible, visible_func(), Visible.__name__)
for name in ("_invisible", "_sys", "__dunder"):
    print(name, name in globals())
