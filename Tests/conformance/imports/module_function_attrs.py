# Objects defined in imported modules: __module__, __qualname__, globals, and their repr.
import helper_basic
from pkg_alpha.mod_a import a_func
print(helper_basic.func.__module__, helper_basic.Thing.__module__, a_func.__module__)
print(helper_basic.func.__globals__ is vars(helper_basic))
print(repr(helper_basic.Thing), helper_basic.Thing.__qualname__)
print(repr(helper_basic.Thing()).startswith("<helper_basic.Thing object at 0x"))
print(helper_basic.func.__qualname__, helper_basic.func(1))
helper_basic.CONSTANT = 0
print(helper_basic.func(1))
