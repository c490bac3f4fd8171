# One benchmark loop, timed from outside: `INTERPRETER bench.py NAME N`. Runs NAME's loop N
# times; the runner subtracts a run with N = 0 (start-up) and divides by N.
import sys
import benchext

name = sys.argv[1]
n = int(sys.argv[2])
small = list(range(1000))
d = {}
for k in range(100):
    d["key" + str(k)] = k
text = "hello, world"
obj = object()

if name == "loop_empty":
    for i in range(n):
        pass
elif name == "noargs":
    f = benchext.noargs
    for i in range(n):
        f()
elif name == "ident":
    f = benchext.ident
    for i in range(n):
        f(obj)
elif name == "ident_int":
    f = benchext.ident
    for i in range(n):
        f(i)
elif name == "add":
    f = benchext.add
    for i in range(n):
        f(1000, 2000)
elif name == "add_var":
    f = benchext.add
    for i in range(n):
        f(i, 1)
elif name == "addfast":
    f = benchext.addfast
    for i in range(n):
        f(1000, 2000)
elif name == "kw_kwarg":
    f = benchext.kw
    for i in range(n):
        f(1000, b=2000)
elif name == "kw_pos":
    f = benchext.kw
    for i in range(n):
        f(1000, 2000)
elif name == "sumlist_1000":
    f = benchext.sumlist
    for i in range(n):
        f(small)
elif name == "sumlist_1000_fresh":
    f = benchext.sumlist
    for i in range(n):
        f(list(small))
elif name == "maketuple_10":
    f = benchext.maketuple
    for i in range(n):
        f(10)
elif name == "strlen_short":
    f = benchext.strlen
    for i in range(n):
        f(text)
elif name == "dictget":
    f = benchext.dictget
    for i in range(n):
        f(d, "key42")
else:
    raise SystemExit("unknown benchmark " + name)
