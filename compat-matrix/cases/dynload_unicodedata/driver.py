# Driver for CPython's own lib-dynload module unicodedata, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).
# Subset of Python the early Swallow runtime runs: no f-strings, no stdlib imports.


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import unicodedata
print('from lib-dynload ->', unicodedata.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('unidata_version', lambda: unicodedata.unidata_version)
check('name', lambda: unicodedata.name('\xe9'))
check('name emoji', lambda: unicodedata.name('\U0001f600'))
check('name default', lambda: unicodedata.name('\ue000', 'none'))
check('lookup', lambda: unicodedata.lookup('LATIN SMALL LETTER A WITH GRAVE'))
check('lookup alias', lambda: unicodedata.lookup('LATIN CAPITAL LETTER GHA'))
check('category', lambda: unicodedata.category('A'))
check('category digit', lambda: unicodedata.category('7'))
check('bidirectional', lambda: unicodedata.bidirectional('\u05d0'))
check('decimal', lambda: unicodedata.decimal('9'))
check('digit', lambda: unicodedata.digit('\xb2'))
check('numeric', lambda: unicodedata.numeric('\xbd'))
check('combining', lambda: unicodedata.combining('\u0301'))
check('mirrored', lambda: unicodedata.mirrored('('))
check('east_asian_width', lambda: unicodedata.east_asian_width('\u3042'))
check('decomposition', lambda: unicodedata.decomposition('\xe9'))
check('NFD', lambda: unicodedata.normalize('NFD', 'caf\xe9'))
check('NFC', lambda: unicodedata.normalize('NFC', 'cafe\u0301'))
check('NFKC', lambda: unicodedata.normalize('NFKC', '\ufb01'))
check('is_normalized', lambda: unicodedata.is_normalized('NFC', 'caf\xe9'))
check('ucd_3_2_0', lambda: unicodedata.ucd_3_2_0.unidata_version)
check('name unassigned', lambda: unicodedata.name('\ue000'))
check('lookup unknown', lambda: unicodedata.lookup('NO SUCH CHARACTER'))
check('decimal not a digit', lambda: unicodedata.decimal('x'))
check('bad form', lambda: unicodedata.normalize('NFX', 'a'))
check('two chars', lambda: unicodedata.category('ab'))
