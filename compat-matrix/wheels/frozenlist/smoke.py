# Smoke test of the frozenlist wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import frozenlist
print('C extension ->', frozenlist.FrozenList.__module__)
fl = frozenlist.FrozenList([1, 2])
fl.append(3)
fl.freeze()
print('frozen ->', fl.frozen, list(fl))
try:
    fl.append(4)
except RuntimeError as e:
    print('append after freeze ->', e)
other = frozenlist.FrozenList([1, 2, 3])
other.freeze()
print('hash equal ->', hash(fl) == hash(other))
