# Driver for CPython's own lib-dynload module _json, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _json
print('from lib-dynload ->', _json.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('ascii plain', lambda: _json.encode_basestring_ascii('abc'))
check('ascii escapes', lambda: _json.encode_basestring_ascii('h\xe9llo\n"\\\t\u20ac\U0001f600'))
check('basestring', lambda: _json.encode_basestring('h\xe9llo\n"'))
check('scanstring', lambda: _json.scanstring('"abc\\u00e9\\n" tail', 1, True))
check('scanstring control lax', lambda: _json.scanstring('"a\tb"', 1, False))


def parse_constant(name):
    return 'const:' + name


class Context:
    def __init__(self):
        self.strict = True
        self.object_hook = None
        self.object_pairs_hook = None
        self.parse_float = float
        self.parse_int = int
        self.parse_constant = parse_constant
        self.memo = {}


scan = _json.make_scanner(Context())
check('scan object', lambda: scan('{"a": [1, 2.5, null, true, false], "b": {"c": "d"}}', 0))
check('scan NaN', lambda: scan('[NaN, -Infinity]', 0))
check('scan big int', lambda: scan('123456789012345678901234567890', 0))
check('scan at offset', lambda: scan('xx [1]', 3))
check('scan error', lambda: scan('[1, ]', 0))
check('scan empty', lambda: scan('', 0))


def default(o):
    raise TypeError('not serializable: ' + type(o).__name__)


enc = _json.make_encoder(None, default, _json.encode_basestring_ascii, None, ': ', ', ',
                         True, False, True)
check('encode', lambda: ''.join(enc({'b': [1, 2.5, None], 'a': 'x\xe9', 'c': True}, 0)))
check('encode nan', lambda: ''.join(enc([float('inf')], 0)))
check('encode default', lambda: ''.join(enc([b'x'], 0)))
