# Smoke test of the mapbox-earcut wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import numpy as np
import mapbox_earcut
print('C extension ->', mapbox_earcut.__file__.endswith('.so'))
verts = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], dtype=np.float64)
rings = np.array([4], dtype=np.uint32)
print('triangles ->', mapbox_earcut.triangulate_float64(verts, rings).tolist())
