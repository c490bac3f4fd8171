# Pattern and Match objects as the re module exposes them: reprs, copying, pickling, comparisons.
import copy
import pickle
import re

p = re.compile(r"(a)(?P<b>b)?", re.I)
print(repr(p), p == re.compile(r"(a)(?P<b>b)?", re.I), hash(p) == hash(re.compile(r"(a)(?P<b>b)?", re.I)))
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p)
m = p.match("AB")
print(repr(m), copy.copy(m) is m, m.re is p, m.regs, m.expand(r"\1-\g<b>"))
print(re.Pattern[str], re.Match[bytes])
try:
    pickle.dumps(m)
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(m) if not n.startswith("_")))
print(sorted(n for n in dir(p) if not n.startswith("_")))
