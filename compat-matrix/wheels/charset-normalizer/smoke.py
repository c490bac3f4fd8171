# Smoke test of the charset-normalizer wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import charset_normalizer
import charset_normalizer.md
print('compiled by mypyc ->', charset_normalizer.md.__file__.endswith('.so'))
best = charset_normalizer.from_bytes('Bonjour, ceci est un texte en fran\xe7ais tr\xe8s simple.'.encode('utf-8')).best()
print('encoding ->', best.encoding)
print('text ->', str(best))
