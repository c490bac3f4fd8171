# Smoke test of the orjson wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import orjson
print('C extension ->', orjson.orjson.__file__.endswith('.so'))
print('dumps ->', orjson.dumps({'a': [1, 2.5, None, True], 'b': 'x\xe9'}))
print('loads ->', orjson.loads(b'{"k": [1, {"n": null}]}'))
print('sort keys ->', orjson.dumps({'b': 1, 'a': 2}, option=orjson.OPT_SORT_KEYS))
try:
    orjson.loads(b'{')
except orjson.JSONDecodeError as e:
    print('bad json ->', type(e).__name__)
