"""Compiles patterns for the regex programs that drive `_sre` without the `re` package.

The code lists, group counts and group names come from helper_sre_codes.py, which
tools/conformance/sre_codes generates with CPython 3.11's own re compiler (they are data:
what `re._compiler` hands to `_sre.compile`). Flag names are the re module's values.
"""
import _sre
from helper_sre_codes import CODES

T, I, L, M, S, U, X, A = 1, 2, 4, 8, 16, 32, 64, 256


def compile(pattern, flags=0):
    try:
        fl, code, groups, groupindex, indexgroup = CODES[(pattern, flags)]
    except KeyError:
        raise KeyError(f"no code for {pattern!r}, {flags}: run tools/conformance/sre_codes") from None
    return _sre.compile(pattern, fl, list(code), groups, dict(groupindex), tuple(indexgroup))


def show(m):
    """A match's observable state in one line (or None)."""
    if m is None:
        return "None"
    return (f"{m.group(0)!r} span={m.span()} groups={m.groups()} lastindex={m.lastindex} "
            f"lastgroup={m.lastgroup} regs={m.regs[1:]}")
