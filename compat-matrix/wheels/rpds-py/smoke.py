# Smoke test of the rpds-py wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import rpds
print('C extension ->', rpds.rpds.__file__.endswith('.so'))
m = rpds.HashTrieMap({'a': 1})
m2 = m.insert('b', 2)
print('persistent ->', len(m), len(m2))
print('get ->', m2['b'])
v = rpds.List([1, 2, 3])
print('list push_front ->', list(v.push_front(0)))
print('set ->', sorted(rpds.HashTrieSet([3, 1, 2])))
