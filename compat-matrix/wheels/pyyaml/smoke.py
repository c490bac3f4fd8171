# Smoke test of the pyyaml wheel pinned in compat-matrix/wheels.json: imports its compiled
# extension and prints a few results, compared with CPython 3.11's recorded output.

import yaml
print('C extension ->', yaml.__with_libyaml__)
doc = yaml.load('a: [1, 2, {b: c}]\nd: true\n', Loader=yaml.CSafeLoader)
print('load ->', doc)
print('dump ->', repr(yaml.dump(doc, Dumper=yaml.CSafeDumper, sort_keys=True)))
