# from m import * honours __all__ (including listed private names).
from helper_star_all import *
print(public_a, _listed_private)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
