# Smoke test of the markupsafe wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import markupsafe
import markupsafe._speedups
print('C extension ->', markupsafe._speedups.__file__.endswith('.so'))
print('escape ->', repr(markupsafe.escape('<a href="x">&</a>')))
print('escape non-str ->', repr(markupsafe.escape(42)))
print('Markup join ->', repr(markupsafe.Markup('<b>').join(['<i>', 'ok'])))
print('striptags ->', repr(markupsafe.Markup('<p>Hello <em>World</em></p>').striptags()))
