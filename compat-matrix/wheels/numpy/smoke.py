# Smoke test of the numpy wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import numpy as np
print('version ->', np.__version__)
a = np.arange(6, dtype=np.int64).reshape(2, 3)
print('array ->', a.tolist())
print('sum axis 0 ->', a.sum(axis=0).tolist())
print('ufunc ->', np.sqrt(np.array([1.0, 4.0, 9.0])).tolist())
print('cast ->', np.array([1.7, -2.2]).astype(np.int32).tolist())
print('inv ->', np.round(np.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]])), 6).tolist())
print('rng ->', np.random.default_rng(0).integers(0, 100, 5).tolist())
