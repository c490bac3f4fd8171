# Smoke test of the lz4 wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import lz4.frame
import lz4.block
print('C extension ->', lz4.block._block.__file__.endswith('.so'))
data = b'0123456789' * 50
f = lz4.frame.compress(data)
print('frame round trip ->', lz4.frame.decompress(f) == data)
b = lz4.block.compress(data)
print('block round trip ->', lz4.block.decompress(b) == data)
print('block stored size ->', b[:4])
