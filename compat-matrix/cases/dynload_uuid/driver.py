# Driver for CPython's own lib-dynload module _uuid, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _uuid
print('from lib-dynload ->', _uuid.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('has_uuid_generate_time_safe', lambda: _uuid.has_uuid_generate_time_safe)
r = _uuid.generate_time_safe()
check('result type', lambda: (type(r).__name__, len(r)))
check('bytes', lambda: (type(r[0]).__name__, len(r[0])))
check('safe flag type', lambda: type(r[1]).__name__)
check('version 1', lambda: r[0][6] >> 4)
check('variant', lambda: r[0][8] >> 6)
seen = []
for i in range(200):
    seen.append(_uuid.generate_time_safe()[0])
check('unique', lambda: len(set(seen)))
check('args', lambda: _uuid.generate_time_safe(1))
check('doc', lambda: type(_uuid.generate_time_safe.__doc__).__name__)
