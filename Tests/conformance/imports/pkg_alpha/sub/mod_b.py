from .. import mod_a
from ..mod_a import A_VALUE, a_func as renamed
from . import sibling
from .sibling import SIB
from .. import PKG_VALUE
B_VALUE = (A_VALUE, renamed(), SIB, PKG_VALUE, mod_a.__name__, sibling.__name__)
