import sys as _sys
visible = 1
_invisible = 2
__dunder = 3
def visible_func(): return "vf"
class Visible: pass
