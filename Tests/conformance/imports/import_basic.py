# import, import as, from-import, from-import as; module objects and their namespaces.
import helper_basic
print(helper_basic.CONSTANT, helper_basic.func(5), helper_basic.Thing.kind)
import helper_basic as hb
print(hb is helper_basic)
from helper_basic import func, Thing as T, CONSTANT
print(func(1), T.kind, CONSTANT)
from helper_basic import _hidden
print(_hidden)
print(type(helper_basic).__name__, helper_basic.__doc__)
print(repr(helper_basic).startswith("<module 'helper_basic' from '"), repr(helper_basic).endswith("helper_basic.py'>"))
import sys
print(repr(sys))
helper_basic.CONSTANT = 100
print(helper_basic.func(5), func(5))
import pkg_alpha.mod_a, helper_star_all as j
print(j.__name__, pkg_alpha.mod_a.__name__, pkg_alpha.__name__)
