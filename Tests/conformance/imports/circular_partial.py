# A circular from-import fails with the "partially initialized module" message.
import sys
try:
    import helper_circ_a
except ImportError as e:
    print(type(e).__name__, e)
print("helper_circ_a" in sys.modules, "helper_circ_b" in sys.modules)
