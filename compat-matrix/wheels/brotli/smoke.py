# Smoke test of the brotli wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import brotli
import _brotli
print('C extension ->', _brotli.__file__.endswith('.so'))
data = b'swallow ' * 100
packed = brotli.compress(data)
print('compressed smaller ->', len(packed) < len(data))
print('round trip ->', brotli.decompress(packed) == data)
try:
    brotli.decompress(b'not brotli')
except brotli.error as e:
    print('bad input ->', type(e).__name__)
