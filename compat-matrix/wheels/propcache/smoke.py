# Smoke test of the propcache wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import propcache.api
import propcache._helpers_c
print('C extension ->', propcache._helpers_c.__file__.endswith('.so'))


class A:
    def __init__(self):
        self._cache = {}
        self.calls = 0

    @propcache.api.cached_property
    def value(self):
        self.calls += 1
        return 42


a = A()
print('value ->', a.value, a.value)
print('computed once ->', a.calls)
