# Smoke test of the contourpy wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import numpy as np
import contourpy
print('C extension ->', contourpy._contourpy.__file__.endswith('.so'))
z = np.array([[0.0, 1.0], [1.0, 2.0]])
gen = contourpy.contour_generator(z=z)
lines = gen.lines(1.0)
print('line count ->', len(lines))
print('line ->', np.round(lines[0], 6).tolist())
