# Codecs and lone surrogates: utf-8 refuses them; surrogatepass and surrogateescape make and
# consume them; os.fsencode/os.fsdecode use surrogateescape.
import os, codecs, sys
def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except (UnicodeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
show(lambda: '\udc80'.encode())
show(lambda: 'ab\ud800\udfffc'.encode('utf-8'))
show(lambda: 'a\ud83dz'.encode('utf-8', 'surrogatepass'))
show(lambda: '\udcff\udc80'.encode('utf-8', 'surrogateescape'))
show(lambda: 'x\ud800'.encode('utf-8', 'surrogateescape'))
show(lambda: '\udc80'.encode('utf-8', 'replace'))
show(lambda: '\udc80'.encode('utf-8', 'ignore'))
show(lambda: '\udc80'.encode('utf-8', 'backslashreplace'))
show(lambda: '\udc80'.encode('utf-8', 'xmlcharrefreplace'))
show(lambda: '\udc80'.encode('ascii', 'surrogateescape'))
show(lambda: '\udc80'.encode('latin-1', 'surrogateescape'))
show(lambda: '\udc80'.encode('ascii'))
show(lambda: '\udc80'.encode('latin-1', 'backslashreplace'))
show(lambda: b'\xed\xa0\x80'.decode('utf-8'))
show(lambda: b'\xed\xa0\x80x\xed\xbf\xbf'.decode('utf-8', 'surrogatepass'))
show(lambda: b'abc\xff\x80def'.decode('utf-8', 'surrogateescape'))
show(lambda: b'\xe2\x82'.decode('utf-8', 'surrogateescape'))
show(lambda: b'\xff\xfe'.decode('ascii', 'surrogateescape'))
show(lambda: b'\xff'.decode('latin-1', 'surrogateescape'))
raw = bytes(range(256))
u = raw.decode('utf-8', 'surrogateescape')
print(len(u), u.encode('utf-8', 'surrogateescape') == raw, sum(1 for c in u if 0xDC80 <= ord(c) <= 0xDCFF))
for name in [b'plain', b'caf\xc3\xa9', b'\xff\xfebad', b'mix\xe9d']:
    s = os.fsdecode(name)
    print(repr(s), os.fsencode(s) == name, os.fsencode(s))
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
show(lambda: codecs.utf_8_decode(b'\xed\xb2\x80', 'surrogatepass'))
show(lambda: codecs.utf_8_encode('\udc80', 'surrogatepass'))
show(lambda: codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'x')))
show(lambda: '\udc80\ud800x'.encode('unicode_escape'))
show(lambda: '\udc80'.encode('raw_unicode_escape'))
show(lambda: b'\\ud800\\udfff'.decode('unicode_escape'))
show(lambda: b'\\udc80'.decode('raw_unicode_escape'))
import pickle
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = 'a\ud800\U0001f600\udfff'
    print(proto, pickle.loads(pickle.dumps(s, proto)) == s, pickle.loads(pickle.dumps([s, {s: 1}], proto)) == [s, {s: 1}])
