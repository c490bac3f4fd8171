# Smoke test of the kiwisolver wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import kiwisolver
print('C extension ->', kiwisolver._cext.__file__.endswith('.so'))
x = kiwisolver.Variable('x')
y = kiwisolver.Variable('y')
s = kiwisolver.Solver()
s.addConstraint(x + y == 10)
s.addConstraint(x - y == 2)
s.updateVariables()
print('x ->', x.value())
print('y ->', y.value())
