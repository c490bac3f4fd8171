# Smoke test of the regex wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import regex
print('C extension ->', regex._regex.__file__.endswith('.so'))
print('findall ->', regex.findall(r'\d+', 'a1b22c333'))
m = regex.match(r'(?P<word>\w+) (?P<num>\d+)', 'hello 42')
print('groups ->', m.group('word'), m.group('num'))
print('fuzzy ->', bool(regex.fullmatch(r'(?:swallow){e<=1}', 'swalow')))
print('unicode class ->', regex.findall(r'\p{Lu}', 'aBcDé'))
print('sub ->', regex.sub(r'(\w)(\w*)', r'\2\1', 'abc def'))
