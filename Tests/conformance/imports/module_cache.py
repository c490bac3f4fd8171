# A module's body runs once; sys.modules caches it; deleting the entry re-imports.
import sys
import helper_basic
import helper_basic
from helper_basic import func
print("helper_basic" in sys.modules)
first = sys.modules["helper_basic"]
del sys.modules["helper_basic"]
import helper_basic as second
print(first is second, second.CONSTANT)
def local_import():
    import helper_basic
    return helper_basic
print(local_import() is second)
print("local_import" in dir(), "helper_basic" in globals())
def scoped():
    import helper_star_all
    return "helper_star_all" in locals()
print(scoped(), "helper_star_all" in globals())
