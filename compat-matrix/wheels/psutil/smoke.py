# Smoke test of the psutil wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import psutil
print('C extension ->', psutil._psutil_linux.__file__.endswith('.so'))
print('cpu_count positive ->', psutil.cpu_count() > 0)
p = psutil.Process()
print('memory_info rss positive ->', p.memory_info().rss > 0)
print('pid matches ->', p.pid == psutil.Process(p.pid).pid)
print('virtual_memory total positive ->', psutil.virtual_memory().total > 0)
