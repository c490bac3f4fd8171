"""Compares Swallow's C shims (linked into shimcheck under the swt_ prefix) with CPython's
own implementations on the same inputs. Prints each mismatch and a final verdict line
"N passed, N failed"; exits 1 on any failure. Run through run.sh."""
import re
import sys

import shimcheck


class Idx:
    """An object with __index__ (accepted by the integer units)."""

    def __index__(self):
        return 7


class Lst(list):
    pass


KW2 = ("a", "b")

# (mode, format, args, kwargs, kwlist). Modes: t = ParseTuple, k = ParseTupleAndKeywords,
# p = PyArg_Parse (args is the object itself).
PARSE = [
    # integers
    ("t", "bBhHiIlkLKn", (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), None, None),
    ("t", "bBhHiIlkLKn", (0, 255, -32768, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1, -2**63, 2**64 - 1, 2**63 - 1), None, None),
    ("t", "BHIkK", (-1, -1, -1, -1, -1), None, None),
    ("t", "BHIK", (2**70 + 3, 2**70 + 3, 2**70 + 3, 2**70 + 3), None, None),
    ("t", "b", (-1,), None, None),
    ("t", "b", (256,), None, None),
    ("t", "h", (2**20,), None, None),
    ("t", "h", (-2**20,), None, None),
    ("t", "i", (2**40,), None, None),
    ("t", "i", (-2**40,), None, None),
    ("t", "l", (2**70,), None, None),
    ("t", "L", (2**70,), None, None),
    ("t", "n", (2**70,), None, None),
    ("t", "i", ("1",), None, None),
    ("t", "i", (1.5,), None, None),
    ("t", "in", (Idx(), Idx()), None, None),
    ("t", "k", (1.0,), None, None),
    ("t", "K", (Idx(),), None, None),
    ("t", "i", (True,), None, None),
    # floats, complex, chars, bool
    ("t", "fdD", (1.5, 2, 3 + 4j), None, None),
    ("t", "d", ("x",), None, None),
    ("t", "D", (2.5,), None, None),
    ("t", "cc", (b"x", bytearray(b"y")), None, None),
    ("t", "c", (b"xy",), None, None),
    ("t", "c", ("x",), None, None),
    ("t", "C", ("\u20ac",), None, None),
    ("t", "C", ("ab",), None, None),
    ("t", "pppp", (0, "", [1], None), None, None),
    # strings and bytes
    ("t", "s", ("h\xe9llo",), None, None),
    ("t", "s", (b"bytes",), None, None),
    ("t", "s", ("a\0b",), None, None),
    ("t", "s", ("\ud800",), None, None),
    ("t", "s#", ("a\0b",), None, None),
    ("t", "s#y#", (b"ab", b"c\0d"), None, None),
    ("t", "s#", (1,), None, None),
    ("t", "s#", (bytearray(b"x"),), None, None),
    ("t", "z", (None,), None, None),
    ("t", "z", (1,), None, None),
    ("t", "z#z#", (None, "x"), None, None),
    ("t", "y", (b"abc",), None, None),
    ("t", "y", ("abc",), None, None),
    ("t", "y", (b"a\0b",), None, None),
    ("t", "y", (bytearray(b"a"),), None, None),
    ("t", "y#", (memoryview(b"a"),), None, None),
    ("t", "s*", ("h\xe9",), None, None),
    ("t", "s*y*", (b"ab", bytearray(b"cd")), None, None),
    ("t", "y*", ("str",), None, None),
    ("t", "z*z*", (None, b"q"), None, None),
    ("t", "s*i", (b"held", "x"), None, None),
    ("t", "SYU", (b"b", bytearray(b"ba"), "u"), None, None),
    ("t", "S", ("u",), None, None),
    ("t", "Y", (b"b",), None, None),
    ("t", "U", (b"b",), None, None),
    # objects
    ("t", "OO", (None, [1]), None, None),
    ("t", "O!O!", ([1], Lst()), None, None),
    ("t", "O!", ((1,),), None, None),
    ("t", "O&O&", ("conv", 2), None, None),
    ("t", "O&i", ("conv", "notint"), None, None),
    ("t", "O&O&", ("conv", 1.5), None, None),
    ("t", "y*O&i", (b"buf", "conv", "x"), None, None),
    # nesting
    ("t", "i(si)", (1, ("a", 2)), None, None),
    ("t", "(ii)", ([3, 4],), None, None),
    ("t", "(ss)", ("ab",), None, None),
    ("t", "(ii)", ((1,),), None, None),
    ("t", "(ii)", (1,), None, None),
    ("t", "(ii)", (b"ab",), None, None),
    ("t", "i(s(is))", (1, ("x", (2, 3))), None, None),
    ("t", "((i)(i))", (((1,), (2,)),), None, None),
    # counts, names, messages
    ("t", "", (), None, None),
    ("t", "", (1,), None, None),
    ("t", "ii", (1,), None, None),
    ("t", "ii:foo", (1,), None, None),
    ("t", "i|i:foo", (1, 2, 3), None, None),
    ("t", "i|i", (), None, None),
    ("t", "i|ii", (1, 2), None, None),
    ("t", "|:foo", (1, "x"), None, None),
    ("t", "ii;custom msg", (1,), None, None),
    ("t", "is;custom msg", (1, 2), None, None),
    ("t", "i:foo;bar", (1, "x"), None, None),
    ("t", "is:foo", (1, 2), None, None),
    ("t", "ii", [1, 2], None, None),
    ("t", "q", (1,), None, None),
    ("t", "i$i", (1, 2), None, None),
    ("t", "s:f", (1,), None, None),
    # keywords
    ("k", "ii", (1, 2), None, KW2),
    ("k", "ii", (), {"a": 1, "b": 2}, KW2),
    ("k", "i|i", (1,), {"b": 5}, KW2),
    ("k", "i|s", (1,), None, KW2),
    ("k", "ii", (1,), {}, KW2),
    ("k", "ii:foo", (1,), {}, KW2),
    ("k", "i|i", (1,), {"x": 1}, KW2),
    ("k", "i|i:foo", (1,), {"x": 1}, KW2),
    ("k", "i|i", (1,), {"a": 1}, KW2),
    ("k", "i|i:foo", (1, 2), {"a": 1}, KW2),
    ("k", "i|i", (1, 2, 3), None, KW2),
    ("k", "i|i", (), {"a": 1, "b": 2, "c": 3}, KW2),
    ("k", "i|$i", (1, 2), None, KW2),
    ("k", "i|$i", (1,), {"b": 2}, KW2),
    ("k", "i$i", (1,), None, KW2),
    ("k", "i$i", (1, 2), None, KW2),
    ("k", "|$ii", (1,), None, KW2),
    ("k", "i|i", (), {"b": 1}, ("", "b")),
    ("k", "i|i", (9,), {"b": 1}, ("", "b")),
    ("k", "i|i", (1,), {"a": 1}, ("", "b")),
    ("k", "ii|i", (1,), None, ("", "", "c")),
    ("k", "i|ii", (), None, ("", "", "c")),
    ("k", "i", (), None, ("",)),
    ("k", "i|s", (1,), {"b": 2}, KW2),
    ("k", "i|s:foo", (1, 2), None, KW2),
    ("k", "i|s;custom", (1, 2), None, KW2),
    ("k", "i|i;custom", (1, 2, 3), None, KW2),
    ("k", "i|i", (1,), {1: 2}, KW2),
    ("k", "ii", (1, 2), None, ("a",)),
    ("k", "ii", (1,), None, ("a",)),
    ("k", "i", (1,), None, KW2),
    ("k", "i|ii", (1,), {"a": 1, "c": 2}, ("a", "b", "c")),
    ("k", "i|ii", (1,), {"x": 2, "b": 1}, ("a", "b", "c")),
    ("k", "i|ii", (1, 2), {"b": 1}, ("a", "b", "c")),
    ("k", "ii|i", (1,), {"a": 1, "x": 1}, ("a", "b", "c")),
    ("k", "s*|O&y#", (b"x",), {"b": "conv", "c": 5}, ("a", "b", "c")),
    ("k", "O|(ii)s#", ("o",), {"c": "txt", "b": (1, 2)}, ("a", "b", "c")),
    ("k", "", (), {"x": 1}, ()),
    ("k", "i|i", [1], None, KW2),
    # PyArg_Parse (the object itself)
    ("p", "i", 5, None, None),
    ("p", "s", 5, None, None),
    ("p", "(ii)", (1, 2), None, None),
    ("p", "(ii)", (1, "x"), None, None),
    ("p", "ii", (1, 2), None, None),
    ("p", "s:name", 5, None, None),
]

BAD_INTERNAL = re.compile(r"^\S+:\d+: bad argument to internal function$")


def normalize(outcome):
    if isinstance(outcome, tuple) and outcome[0] == "err" and len(outcome) == 3 and BAD_INTERNAL.match(outcome[2]):
        return ("err", outcome[1], "<bad internal call>")
    return outcome


def show(v):
    return repr(v) if len(repr(v)) < 300 else repr(v)[:300] + "..."


def main():
    passed = failed = 0

    def check(name, real, mine):
        nonlocal passed, failed
        if normalize(real) == normalize(mine):
            passed += 1
        else:
            failed += 1
            print("MISMATCH %s\n  cpython: %s\n  swallow: %s" % (name, show(real), show(mine)))

    for mode, fmt, args, kwargs, kwlist in PARSE:
        name = "%s %r %s kwargs=%s kwlist=%s" % (mode, fmt, show(args), kwargs, kwlist)
        real = shimcheck.parse(0, mode, fmt.encode(), args, kwargs, kwlist)
        mine = [shimcheck.parse(impl, mode, fmt.encode(), args, kwargs, kwlist) for impl in (1, 2, 3, 4)]
        results = [normalize(r[0]) for r in mine]
        first = mine[0]
        if any(r != results[0] for r in results) or any(m[1:] != first[1:] for m in mine):
            failed += 1
            print("MISMATCH between Swallow entry points: %s\n  %s" % (name, show(mine)))
            continue
        check(name, (normalize(real[0]), real[1], real[2]), (results[0], first[1], first[2]))

    for name, real, mine in shimcheck.build_cases():
        check("Py_BuildValue " + name, real, mine)
    for name, real, mine in shimcheck.format_cases():
        check("PyUnicode_FromFormat " + name, real, mine)

    def f(*args, **kwargs):
        return ("called", args, kwargs)

    class Obj:
        def m(self, *args):
            return ("m", args)

    def raiser(*args):
        raise KeyError(args)

    for name, real, mine in shimcheck.call_cases(f, Obj(), raiser):
        check(name, real, mine)
    for name, real, mine in shimcheck.misc_cases():
        check(name, real, mine)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
