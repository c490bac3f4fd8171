# Driver for the calling_conventions case: module callconv.
# Every call prints "label -> repr(result)" or "label -> ExcName: message".
import callconv


def show(label, result):
    print(label, "->", repr(result))


def failed(label, e):
    print(label, "->", type(e).__name__ + ":", str(e))


def call0(label, fn):
    try:
        result = fn()
    except Exception as e:
        failed(label, e)
        return
    show(label, result)


def call1(label, fn, a):
    try:
        result = fn(a)
    except Exception as e:
        failed(label, e)
        return
    show(label, result)


def call2(label, fn, a, b):
    try:
        result = fn(a, b)
    except Exception as e:
        failed(label, e)
        return
    show(label, result)


def call3(label, fn, a, b, c):
    try:
        result = fn(a, b, c)
    except Exception as e:
        failed(label, e)
        return
    show(label, result)


print("== METH_NOARGS")
call0("noargs()", callconv.noargs)
call1("noargs(1)", callconv.noargs, 1)
try:
    callconv.noargs(x=1)
except TypeError as e:
    failed("noargs(x=1)", e)
forms = callconv.build_forms()
for key in forms:
    show("build_forms " + key, forms[key])
show("long_limits", callconv.long_limits())
show("build_dict", callconv.build_dict())
call0("bad_null()", callconv.bad_null)
call0("bad_result()", callconv.bad_result)
checks = callconv.refcount_checks()
for key in checks:
    print("refcount", key, "->", checks[key])

print("== METH_O")
values = [0, 1, -1, 7, -123456789, 9223372036854775807, -9223372036854775808,
          9223372036854775808, 3.5, -0.0, 1e300, "", "ascii", "Zoë", "日本語", "🐍!",
          b"", b"raw\x00bytes", None, True, False, (), (1, "a"), [], [1, [2, 3]],
          {}, {"a": 1, "b": [2]}]
for v in values:
    call1("echo " + repr(v), callconv.echo, v)
    call1("describe " + repr(v), callconv.describe, v)
big = [1, 2, 3]
print("echo identity:", callconv.echo(big) is big)
call1("double_it 21", callconv.double_it, 21)
call1("double_it -4", callconv.double_it, -4)
call1("double_it 1.25", callconv.double_it, 1.25)
call1("double_it str", callconv.double_it, "ab")
call1("double_it huge", callconv.double_it, 4611686018427387904)
call1("double_it too huge", callconv.double_it, 99999999999999999999)
call1("double_it list", callconv.double_it, [1])
call1("double_it None", callconv.double_it, None)
call0("echo()", callconv.echo)
call2("echo(1, 2)", callconv.echo, 1, 2)
for s in ["", "plain", "caf\u00e9", "\u0100\u0101", "\u65e5\u672c", "\U0001f40d", "a\u00e9\u4e2d\U0001f600"]:
    call1("unicode_info " + repr(s), callconv.unicode_info, s)
call1("unicode_info bytes", callconv.unicode_info, b"x")
for kind in ["value", "type", "key", "overflow", "zero", "runtime", "other"]:
    call1("raise_kind " + kind, callconv.raise_kind, kind)
try:
    callconv.raise_kind("nomemory")
except MemoryError as e:
    print("raise_kind nomemory ->", type(e).__name__, repr(str(e)))
call1("raise_kind 5", callconv.raise_kind, 5)
try:
    callconv.raise_kind("value")
except ValueError as e:
    print("caught as ValueError:", str(e))
try:
    callconv.raise_kind("key")
except LookupError as e:
    print("KeyError caught as LookupError:", type(e).__name__, repr(e))

print("== METH_VARARGS")
call3("parse_numbers small", callconv.parse_numbers, 1, 2, 3.0)
call3("parse_numbers neg", callconv.parse_numbers, -5, -9000000000, -0.5)
call3("parse_numbers int as d", callconv.parse_numbers, 0, 0, 7)
call3("parse_numbers i max", callconv.parse_numbers, 2147483647, 9223372036854775807, 1e-9)
call3("parse_numbers i overflow", callconv.parse_numbers, 2147483648, 0, 0.0)
call3("parse_numbers i underflow", callconv.parse_numbers, -2147483649, 0, 0.0)
call3("parse_numbers l overflow", callconv.parse_numbers, 0, 9223372036854775808, 0.0)
call3("parse_numbers str", callconv.parse_numbers, "1", 2, 3.0)
call3("parse_numbers float as i", callconv.parse_numbers, 1.5, 2, 3.0)
call3("parse_numbers None as d", callconv.parse_numbers, 1, 2, None)
call2("parse_numbers 2 args", callconv.parse_numbers, 1, 2)
call0("parse_numbers 0 args", callconv.parse_numbers)
call3("parse_strings ascii", callconv.parse_strings, "abc", "de", b"fg")
call3("parse_strings non-ascii", callconv.parse_strings, "Zoë", "日本", b"\xff\x00\x01")
call3("parse_strings empty", callconv.parse_strings, "", "", b"")
call3("parse_strings s# nul", callconv.parse_strings, "x", "a\x00b", b"")
call3("parse_strings s nul", callconv.parse_strings, "a\x00b", "", b"")
call3("parse_strings bytes as s", callconv.parse_strings, b"abc", "", b"")
call3("parse_strings str as y#", callconv.parse_strings, "a", "b", "c")
call3("parse_strings None", callconv.parse_strings, None, "b", b"c")
call2("parse_objects 2 args", callconv.parse_objects, None, [1, 2])
call3("parse_objects 3 args", callconv.parse_objects, {"k": "v"}, [], 5)
call2("parse_objects tuple for O!", callconv.parse_objects, 1, (1, 2))
call2("parse_objects dict for O!", callconv.parse_objects, 1, {})
call1("parse_objects 1 arg", callconv.parse_objects, 1)
try:
    callconv.parse_objects(1, [], 2, 3)
except TypeError as e:
    failed("parse_objects 4 args", e)
call1("sum_list", callconv.sum_list, [1, 2, 3, -10, 100])
call1("sum_list empty", callconv.sum_list, [])
call1("sum_list bad item", callconv.sum_list, [1, "2"])
call1("sum_list tuple", callconv.sum_list, (1, 2))
lst = [5, 6]
lst.append(7)
call1("sum_list after append", callconv.sum_list, lst)
call1("checked 3", callconv.checked, 3)
call1("checked -3", callconv.checked, -3)
call1("checked str", callconv.checked, "3")
call1("squares 0", callconv.squares, 0)
call1("squares 6", callconv.squares, 6)
call1("squares -1", callconv.squares, -1)
call1("countdown 3", callconv.countdown, 3)
call1("countdown 0", callconv.countdown, 0)
made = callconv.countdown(2)
made.append("again")
print("countdown mutable:", made, len(made))
try:
    callconv.checked(n=1)
except TypeError as e:
    failed("checked(n=1)", e)

print("== METH_VARARGS | METH_KEYWORDS")
show("configure positional", callconv.configure("a"))
show("configure all positional", callconv.configure("b", 3, 0.5))
show("configure keywords", callconv.configure(name="c", scale=2.0))
show("configure mixed", callconv.configure("d", count=9, tag=[1, 2]))
show("configure tag only kw", callconv.configure("e", 1, 1.5, tag="t"))
try:
    callconv.configure()
except TypeError as e:
    failed("configure()", e)
try:
    callconv.configure("f", 1, 2.0, "pos-tag")
except TypeError as e:
    failed("configure 4 positional", e)
try:
    callconv.configure("g", bogus=1)
except TypeError as e:
    failed("configure bogus kw", e)
try:
    callconv.configure("h", name="again")
except TypeError as e:
    failed("configure name twice", e)
try:
    callconv.configure("i", count="many")
except TypeError as e:
    failed("configure count str", e)
show("kwinfo none", callconv.kwinfo())
show("kwinfo positional", callconv.kwinfo(1, 2, 3))
show("kwinfo keywords", callconv.kwinfo(1, z=26, a=1))
show("kwinfo mixed", callconv.kwinfo("p", None, alpha=1, beta="two"))

print("== METH_FASTCALL")
show("fast_sum ints", callconv.fast_sum(1, 2, 3))
show("fast_sum one", callconv.fast_sum(-42))
show("fast_sum mixed", callconv.fast_sum(1, 2.5, -0.25))
show("fast_sum big", callconv.fast_sum(4000000000, 4000000000))
call0("fast_sum none", callconv.fast_sum)
call2("fast_sum str", callconv.fast_sum, 1, "2")
try:
    callconv.fast_sum(1, x=2)
except TypeError as e:
    failed("fast_sum kw", e)
call2("fast_pick tuple", callconv.fast_pick, ("a", "b", "c"), 2)
call2("fast_pick list", callconv.fast_pick, [10, 20], 0)
call2("fast_pick dict", callconv.fast_pick, {"k": "v", 3: "three"}, 3)
call2("fast_pick dict missing", callconv.fast_pick, {"k": "v"}, "nope")
call2("fast_pick out of range", callconv.fast_pick, [1], 5)
call2("fast_pick bad index", callconv.fast_pick, [1], "0")
call2("fast_pick bad container", callconv.fast_pick, "abc", 0)
call1("fast_pick 1 arg", callconv.fast_pick, [1])
show("fast_kw positional", callconv.fast_kw(1, "two"))
show("fast_kw keywords", callconv.fast_kw(1, b=2, a=3))
show("fast_kw only keywords", callconv.fast_kw(x=None))
show("fast_kw none", callconv.fast_kw())

print("== function objects")
print(callconv.noargs.__name__, callconv.configure.__name__, callconv.fast_kw.__name__)
print(callconv.fast_sum.__doc__)
print(type(callconv.echo).__name__)
print("done")
