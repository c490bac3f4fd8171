print("pkg_alpha init", __name__, __package__)
from . import mod_a
PKG_VALUE = "alpha"
