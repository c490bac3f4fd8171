from .sub import NAME
from . import sub
relative_value = NAME + "-" + sub.NAME
