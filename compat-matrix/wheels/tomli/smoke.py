# Smoke test of the tomli wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import tomli
print('compiled by mypyc ->', tomli._parser.__file__.endswith('.so'))
doc = tomli.loads('title = "matrix"\n[owner]\nname = "swallow"\nnums = [1, 2, 3]\n[[t]]\nx = 1.5\n')
print('loads ->', doc)
try:
    tomli.loads('a = ')
except tomli.TOMLDecodeError as e:
    print('error ->', e)
