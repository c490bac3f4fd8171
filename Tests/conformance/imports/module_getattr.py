# Module-level __getattr__ and __dir__ (PEP 562).
import helper_modgetattr as m
print(m.real, m.dyn_value)
try:
    m.other
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(m))
from helper_modgetattr import dyn_from_import
print(dyn_from_import)
import helper_basic
try:
    helper_basic.missing_thing
except AttributeError as e:
    print(type(e).__name__, e)
