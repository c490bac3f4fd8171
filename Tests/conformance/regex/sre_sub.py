# sub and subn with literal replacements and functions; count; None from the function.
from helper_sre import compile

p = compile(r"\d+")
print(p.sub("#", "a1b22c333"), p.subn("#", "a1b22c333"), p.sub("#", "a1b22c333", 2), p.sub("#", "abc"))
print(p.sub("", "1a2"), p.subn("#", "", 0), p.sub("#", "a1b2", count=1), p.sub("#", "a1b2", -1))
print(p.sub(lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(p.sub(lambda m: None, "a1b2"), p.subn(lambda m: m.group()[::-1], "x123y45"))
print(compile(r"(\w)(\w)").sub(lambda m: m.group(2) + m.group(1), "abcdefg"))
print(compile("x*").sub("-", "abxd"), compile("x*").subn("-", ""), compile("").sub("-", "abc"))
print(compile(r"\b").sub("|", "hi there"), compile("(?=x)").sub("^", "axbx"))
print(compile("a|b").sub("%", "abcab", 3), compile("o").sub("0", "foo", count=1))
calls = []
def f(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return "<" + m.group() + ">"
print(compile("[ab]").sub(f, "xaybz"), calls)
for bad in [lambda m: 1, lambda m: b"x"]:
    try:
        compile("a").sub(bad, "xax")
    except TypeError as e:
        print("TypeError", e)
try:
    compile(b"a").sub("x", b"bab")
except TypeError as e:
    print("TypeError", e)
def boom(m):
    raise ValueError("stop at " + m.group())
try:
    compile(r"\d").sub(boom, "ab3")
except ValueError as e:
    print("ValueError", e)
print(compile(b"a").sub(b"-", b"banana"), compile(b"a").sub(lambda m: b"A", bytearray(b"aXa")))
try:
    compile("a").sub("x")
except TypeError as e:
    print("TypeError", e)
