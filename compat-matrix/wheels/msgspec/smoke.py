# Smoke test of the msgspec wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import msgspec


class Point(msgspec.Struct):
    x: int
    y: int


print('C extension ->', msgspec._core.__file__.endswith('.so'))
print('encode ->', msgspec.json.encode(Point(1, 2)))
print('decode ->', msgspec.json.decode(b'{"x": 3, "y": 4}', type=Point))
try:
    msgspec.json.decode(b'{"x": "a", "y": 4}', type=Point)
except msgspec.ValidationError as e:
    print('validation ->', e)
print('msgpack round trip ->', msgspec.msgpack.decode(msgspec.msgpack.encode([1, 'a', None])))
