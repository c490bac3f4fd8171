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


# _PyArg_UnpackKeywords: (keywords, fname, format, positionals, kwargs dict, minpos, maxpos, minkw)
BIS = ("a", "x", "lo", "hi", "key")
UNPACK = [
    (BIS, "bisect_left", None, (), {}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1],), {}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1), {}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1, 0, 1), {"key": None}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1, 0, 1, 2), {}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1, 0, 1, 2, 3), {}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1), {"x": 1}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1), {"lo": 0, "y": 1}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1],), {"a": 1}, 2, 4, 0),
    (BIS, "bisect_left", None, (), {"x": 1}, 2, 4, 0),
    (BIS, "bisect_left", None, (), {"a": 1, "x": 2, "hi": 3}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1), {"hi": 3}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1, 0, 1, 5), {"key": None}, 2, 4, 0),
    (BIS, "bisect_left", None, (), {"a": 1, "x": 2, "lo": 3, "hi": 4, "key": 5, "z": 6}, 2, 4, 0),
    (BIS, "bisect_left", None, ([1], 1), {"key": 1, "q": 2}, 2, 4, 0),
    (BIS, None, None, ([1], 1), {"q": 2}, 2, 4, 0),
    (BIS, None, None, (), {}, 2, 4, 0),
    (BIS, None, "OO|nnO:named", (), {}, 2, 4, 0),
    (BIS, None, "OO|nnO", (1, 2, 3, 4, 5, 6), {}, 2, 4, 0),
    (("a", "b", "rel_tol", "abs_tol"), "isclose", None, (1, 2, 3), {}, 2, 2, 0),
    (("a", "b", "rel_tol", "abs_tol"), "isclose", None, (1,), {"b": 2, "abs_tol": 3}, 2, 2, 0),
    (("a", "b", "rel_tol", "abs_tol"), "isclose", None, (1, 2), {"foo": 3}, 2, 2, 0),
    (("a", "b", "rel_tol", "abs_tol"), "isclose", None, (), {}, 2, 2, 0),
    (("data", "newline"), "b2a_base64", None, (b"x", True), {}, 1, 1, 0),
    (("data", "newline"), "b2a_base64", None, (b"x",), {"newline": 1, "x": 2}, 1, 1, 0),
    (("data", "sep", "bytes_per_sep"), "b2a_hex", None, (b"ab", b"-", 1, 2), {}, 1, 3, 0),
    (("", "", "c"), "f", None, (1,), {}, 2, 3, 0),
    (("", "", "c"), "f", None, (1, 2), {"c": 3}, 2, 3, 0),
    (("", "", "c"), "f", None, (1,), {"c": 3}, 1, 3, 0),
    (("", "b", "c"), "f", None, (), {"b": 3}, 1, 3, 0),
    (("", "b", "c"), "f", None, (1,), {"a": 3}, 1, 3, 0),
    (("", "b"), "f", None, (1, 2), {"b": 3}, 1, 2, 0),
    (("a", "b", "c"), "f", None, (1,), {}, 1, 1, 2),
    (("a", "b", "c"), "f", None, (1,), {"b": 2}, 1, 1, 2),
    (("a", "b", "c"), "f", None, (1,), {"c": 2}, 1, 1, 1),
    (("a", "b", "c"), "f", None, (1,), {"b": 2, "c": 3}, 1, 1, 2),
    (("a",), "f", None, (), {"a": 1}, 0, 0, 1),
    (("a",), "f", None, (1,), {}, 0, 0, 1),
    (("a", "b"), "f", None, (1, 2, 3), {}, 0, 0, 0),
    (("a",), "f", None, (1, 2), {}, 0, 1, 0),
    (("a",), "f", None, (), {}, 0, 1, 0),
    (("a", "b", "c"), "f", None, (), {"c": 9}, 0, 3, 0),
]

# _PyArg_UnpackKeywordsWithVararg: (keywords, positionals, kwargs, minpos, maxpos, minkw, vararg)
UNPACK_VA = [
    (("a", "b"), (1, 2, 3), {}, 1, 1, 0, 1),
    (("a", "b"), (1,), {"b": 5}, 1, 1, 0, 1),
    (("a", "b"), (), {}, 1, 1, 0, 1),
    (("a", "b"), (1, 2), {"b": 1, "c": 2}, 1, 1, 0, 1),
    (("a", "b"), (1, 2), {}, 1, 1, 1, 1),
    (("a", "b"), (1,), {"a": 2}, 1, 1, 0, 1),
    (("a",), (1, 2, 3), {}, 0, 0, 0, 0),
]

HEX = [
    (b"\x01\x02\xab\xff\x10", ":", 2), (b"\x01\x02\xab\xff\x10", ":", -2), (b"\x01\x02\xab", b"-", 1),
    (b"abc", "--", 1), (b"abc", "\xe9", 1), (b"abc", 1, 1), (b"", ":", 1), (b"", "--", 1),
    (b"abc", ":", 0), (b"abc", ":", 10), (b"abc", ":", -10), (b"abc", ":", 3), (b"abc", ":", -3),
    (b"abcd", ":", 3), (b"abcd", ":", -3), (b"abc", b"", 1), (b"abc", "", 1), (b"abcd", bytearray(b"x"), 1),
    (b"abc", b"\xff", 1), (b"abc", "\ud800", 1), (b"abc", None, 1), (bytes(range(256)), " ", 4),
    (bytes(range(256)), None, 0), (b"abcdefgh", "_", -1),
]

WRITER = [
    [("alloc", 0), ("finish",)],
    [("alloc", 3), ("fill", 3, 65), ("finish",)],
    [("alloc", 2), ("fill", 1, 66), ("finish",)],
    [("alloc", 10), ("write", b"hello"), ("finish",)],
    [("alloc", 0), ("write", b"x" * 600), ("write", b"y" * 700), ("finish",)],
    [("alloc", 1000), ("fill", 1000, 67), ("prepare", 3000, 68), ("finish",)],
    [("alloc", 500), ("fill", 500, 1), ("prepare", 100, 2), ("prepare", 1, 3), ("finish",)],
    [("alloc", 10), ("fill", 4, 5), ("prepare", 0, 0), ("write", b""), ("finish",)],
    [("alloc", 2000), ("fill", 10, 69), ("finish",)],
    [("alloc", 2000), ("dealloc",)],
    [("alloc", 2 ** 62), ("prepare", 2 ** 62, 0), ("finish",)],
]

INF, NAN = float("inf"), float("nan")
CX = [1 + 2j, -3.5 + 0.25j, 0j, complex(-0.0, -0.0), complex(0, 1), complex(1e308, 1e308), complex(-1e-320, 3),
      complex(INF, 0), complex(INF, NAN), complex(NAN, INF), complex(NAN, 0), complex(0, NAN), complex(2, -INF),
      complex(1e-300, 1e-300), complex(0.5, 0), complex(-2, 0), complex(3, 0)]

STRTO = [
    (b" 12x", 10), (b"0x1F", 0), (b"0o17", 0), (b"0b101", 0), (b"017", 0), (b"0017", 0), (b"00", 0), (b"0", 0),
    (b"-5", 10), (b"+5", 10), (b"99999999999999999999999", 10), (b"ff", 16), (b"0xff", 16), (b"0o7", 8),
    (b"0b1", 2), (b"0B1", 0), (b"0X", 0), (b"z", 36), (b"12", 1), (b"12", 37), (b"12", -1), (b"", 10), (b"0x", 0),
    (b"0xg", 16), (b"-99999999999999999999", 10), (b"9223372036854775808", 10), (b"-9223372036854775808", 10),
    (b"-9223372036854775809", 10), (b"18446744073709551615", 10), (b"18446744073709551616", 10), (b"1_0", 10),
    (b"0_1", 0), (b"\t\n 7", 8), (b"-0x10", 0), (b"- 5", 10), (b"  -", 10), (b"0x10", 10), (b"0b2", 0),
    (b"0o8", 0), (b"09", 0), (b"0 ", 0),
]

FLOATS = [b"1.5", b"-0", b"1e400", b"-1e400", b"1e-400", b"4.9e-324", b"2e-324", b"1.7976931348623157e308",
          b"1.7976931348623159e308", b"inf", b"-Infinity", b"nan", b"-NaN", b"+inf", b"infx", b"1.5x", b" 1.5",
          b"", b".", b"1.", b".5", b"1e", b"1e+", b"1e5", b"0x10", b"1_0", b"nAn", b"infinit", b"12345678901234567890123",
          b"0.1", b"-", b"+.5e-3", b"1.5 "]

DOUBLES = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324,
           1.7976931348623157e308, 2.5, 1e22, 0.5, 3.14159, -1e-7, 100.0, 9.999999e-5, INF, -INF, NAN, -NAN]
DTOS = [("r", 0, 0), ("r", 0, 2), ("r", 0, 1), ("r", 0, 3), ("e", 3, 0), ("E", 0, 0), ("f", 2, 0), ("F", 0, 4),
        ("g", 6, 0), ("G", 3, 1), ("g", 6, 4), ("g", 6, 2), ("g", 1, 2), ("f", 0, 2), ("e", 17, 0), ("f", 1, 8),
        ("g", 17, 0), ("r", 3, 0), ("x", 0, 0), ("f", 400, 0)]
DTOA = [(0, 0), (2, 5), (2, 1), (2, 0), (2, 17), (3, 2), (3, 0), (1, 0), (3, 20)]
DTOA_VALUES = [0.0, -0.0, 1.0, 0.1, 123.456, 1e22, 5e-324, 1.7976931348623157e308, 2.5, 0.001234, INF, -INF, NAN,
               0.5, 1.5, 999.9996, 1e-10, 12345678.5]


def run_more(check):
    class Obj:
        def m(self, *args):
            return ("m", args)

    for kwlist, fname, fmt, pos, kw, minpos, maxpos, minkw in UNPACK:
        for mode in ("dict", "kwnames", "none") if not kw else ("dict", "kwnames"):
            if mode == "dict":
                stack, kwargs, kwnames = pos, kw, None
            elif mode == "kwnames":
                stack, kwargs, kwnames = pos + tuple(kw.values()), None, tuple(kw)
            else:
                stack, kwargs, kwnames = pos, None, None
            args = (kwlist, fname, fmt, stack, len(pos), kwargs, kwnames, minpos, maxpos, minkw, -1)
            name = "_PyArg_UnpackKeywords %s %r %s %s %s" % (mode, fname or fmt, kwlist, pos, kw)
            check(name, shimcheck.unpack(0, *args), shimcheck.unpack(1, *args))
    for kwlist, pos, kw, minpos, maxpos, minkw, vararg in UNPACK_VA:
        for mode in ("dict", "kwnames"):
            if mode == "dict":
                stack, kwargs, kwnames = pos, kw, None
            else:
                stack, kwargs, kwnames = pos + tuple(kw.values()), None, tuple(kw) if kw else None
            args = (kwlist, "g", None, stack, len(pos), kwargs, kwnames, minpos, maxpos, minkw, vararg)
            name = "_PyArg_UnpackKeywordsWithVararg %s %s %s %s" % (mode, kwlist, pos, kw)
            check(name, shimcheck.unpack(0, *args), shimcheck.unpack(1, *args))
    for name, real, mine in shimcheck.clinic_cases():
        check(name, real, mine)
    for name, real, mine in shimcheck.callmethod_cases(Obj()):
        check(name, real, mine)

    for data, sep, group in HEX:
        for kind in range(4):
            if kind < 2 and (sep != ":" or group != 2):
                continue
            if kind == 3 and sep == "\ud800":
                continue  # documented difference: Swallow refuses a lone-surrogate separator
            check("_Py_strhex kind %d %r %r %d" % (kind, data[:8], sep, group),
                  shimcheck.hex(0, data, sep, group, kind), shimcheck.hex(1, data, sep, group, kind))
    for ops in WRITER:
        for use_ba in (0, 1):
            for over in (0, 1):
                check("_PyBytesWriter ba=%d over=%d %s" % (use_ba, over, [o[:2] for o in ops]),
                      shimcheck.writer(0, use_ba, over, ops), shimcheck.writer(1, use_ba, over, ops))

    for op in "+-n*/pa":
        for a in CX:
            for b in (CX if op in "+-*/p" else CX[:1]):
                check("_Py_c %s %r %r" % (op, a, b), repr(shimcheck.cmath(0, op, a, b)), repr(shimcheck.cmath(1, op, a, b)))

    for text, base in STRTO:
        for kind in "lu":
            check("PyOS_strto%s %r %d" % (kind, text, base), shimcheck.strto(0, kind, text, base, None),
                  shimcheck.strto(1, kind, text, base, None))
    for text in FLOATS:
        for kind, exc in (("d", None), ("s", None), ("S", None), ("s", OverflowError), ("S", OverflowError)):
            if kind == "d" and text[:1] in (b"i", b"n", b"-", b"+") and not text[1:2].isdigit():
                continue  # _Py_dg_strtod's inf/nan handling is CPython-internal; not part of the contract
            check("float %s %r %s" % (kind, text, exc), repr(shimcheck.strto(0, kind, text, 0, exc)),
                  repr(shimcheck.strto(1, kind, text, 0, exc)))
    for text, size in ((b"abc", 16), (b"abcdefghijklmnop", 16), (b"abc", 4), (b"abc", 1), (b"abc", 0)):
        check("PyOS_snprintf %r %d" % (text, size), shimcheck.strto(0, "n", text, size, None),
              shimcheck.strto(1, "n", text, size, None))
    for v in DOUBLES:
        for code, prec, flags in DTOS:
            check("PyOS_double_to_string %r %s %d %d" % (v, code, prec, flags), shimcheck.dtos(0, v, code, prec, flags),
                  shimcheck.dtos(1, v, code, prec, flags))
    for v in DTOA_VALUES:
        for mode, nd in DTOA:
            check("_Py_dg_dtoa %r mode %d nd %d" % (v, mode, nd), shimcheck.dtoa(0, v, mode, nd), shimcheck.dtoa(1, v, mode, nd))
    for name, real, mine in shimcheck.dg_consts():
        check(name, real, mine)
    import random
    rnd = random.Random(5)
    for i in range(3000):
        v = rnd.choice([rnd.random() * 10 ** rnd.randint(-30, 30), rnd.uniform(-1e6, 1e6),
                        struct_double(rnd.getrandbits(63))])
        check("repr %r" % v, shimcheck.dtos(0, v, "r", 0, 2), shimcheck.dtos(1, v, "r", 0, 2))
        s = repr(v).encode()
        check("strtod %r" % s, repr(shimcheck.strto(0, "d", s, 0, None)), repr(shimcheck.strto(1, "d", s, 0, None)))
        check("dtoa 0 %r" % v, shimcheck.dtoa(0, v, 0, 0), shimcheck.dtoa(1, v, 0, 0))


def struct_double(bits):
    import struct
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


# w*: a writable buffer (bytearray), refused for read-only objects.
PARSE_WRITABLE = [
    ("t", "w*", (bytearray(b"abc"),), None, None),
    ("t", "w*", (bytearray(),), None, None),
    ("t", "w*", (b"abc",), None, None),
    ("t", "w*", ("abc",), None, None),
    ("t", "w*i", (bytearray(b"xy"), "no"), None, None),
    ("t", "w*:fill", (5,), None, None),
    ("t", "w", (bytearray(b"x"),), None, None),
    ("t", "|w*", (), None, None),
    ("k", "w*|i", (bytearray(b"kw"),), {"n": 3}, ("buf", "n")),
]


def main():
    passed = failed = 0

    def check(name, real, mine):
        nonlocal passed, failed
        if normalize(real) == normalize(mine):
            passed += 1
        else:
            failed += 1
            print("MISMATCH %s\n  cpython: %s\n  swallow: %s" % (name, show(real), show(mine)))

    # The _PyArg_Parser entry points parse like the keyword (or tuple) forms: every such case
    # runs again through _PyArg_ParseTupleAndKeywordsFast (f), _PyArg_ParseStackAndKeywords
    # (s, vectorcall layout) and _PyArg_ParseStack (S).
    parse_cases = list(PARSE)
    for mode, fmt, args, kwargs, kwlist in PARSE:
        if mode == "k" and kwlist is not None and isinstance(args, tuple) and len(args) <= 24:
            parse_cases.append(("f", fmt, args, kwargs, kwlist))
            # Vectorcall keyword names are always str (the caller guarantees it).
            if all(isinstance(k, str) for k in (kwargs or {})):
                parse_cases.append(("s", fmt, args, kwargs, kwlist))
        if mode == "t" and isinstance(args, tuple) and len(args) <= 24:
            parse_cases.append(("S", fmt, args, None, None))
    parse_cases += PARSE_WRITABLE

    for mode, fmt, args, kwargs, kwlist in parse_cases:
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

    run_more(check)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
