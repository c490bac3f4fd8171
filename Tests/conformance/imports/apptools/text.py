from .registry import register
from . import registry as _reg
@register(aliases=("up",))
def upper(s: str) -> str:
    """Uppercase."""
    return s.upper()
@register("rev")
def reverse(s, *, times=1):
    for _ in range(times):
        s = s[::-1]
    return s
def _private(): pass
COUNT = len(_reg.REGISTRY)
