# Smoke test of the zstandard wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import zstandard
print('C backend ->', zstandard.backend)
data = b'compatibility matrix ' * 200
c = zstandard.ZstdCompressor(level=3).compress(data)
print('round trip ->', zstandard.ZstdDecompressor().decompress(c) == data)
print('frame content size ->', zstandard.frame_content_size(c))
