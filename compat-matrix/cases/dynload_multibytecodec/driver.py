# Driver for CPython's own lib-dynload module _multibytecodec, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _multibytecodec
print('from lib-dynload ->', _multibytecodec.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))
import _codecs_jp
import _codecs_cn
import _codecs_kr
import _codecs_tw
import _codecs_hk
import _codecs_iso2022

check('types', lambda: [n for n in dir(_multibytecodec) if n.startswith('Multibyte')])
sjis = _codecs_jp.getcodec('shift_jis')
check('codec type', lambda: (type(sjis).__name__, type(sjis).__module__))
check('encode', lambda: sjis.encode('\u65e5\u672c\u8a9eabc'))
check('decode', lambda: sjis.decode(b'\x93\xfa\x96{\x8c\xea'))
check('encode error', lambda: sjis.encode('\u20ac'))
check('encode replace', lambda: sjis.encode('a\u20acb', 'replace'))
check('encode ignore', lambda: sjis.encode('a\u20acb', 'ignore'))
check('encode xmlcharref', lambda: sjis.encode('a\u20acb', 'xmlcharrefreplace'))
check('decode error', lambda: sjis.decode(b'\x81'))
check('decode bad byte', lambda: sjis.decode(b'a\xffb'))
check('decode replace', lambda: sjis.decode(b'a\xffb', 'replace'))
check('decode backslashreplace', lambda: sjis.decode(b'a\xffb', 'backslashreplace'))
check('unknown errors', lambda: sjis.encode('\u20ac', 'no-such-handler'))
check('encode type', lambda: sjis.encode(b'bytes'))
check('decode type', lambda: sjis.decode('text'))
check('unknown codec', lambda: _codecs_jp.getcodec('no_such'))
for mod, name, text in [(_codecs_jp, 'euc_jp', '\u3042\u3044'), (_codecs_jp, 'cp932', '\u2460'),
                        (_codecs_jp, 'euc_jis_2004', '\u3042'), (_codecs_cn, 'gb2312', '\u4e2d\u6587'),
                        (_codecs_cn, 'gbk', '\u4e2d'), (_codecs_cn, 'gb18030', '\u20ac\U0001f600'),
                        (_codecs_cn, 'hz', '\u4e2d\u6587'), (_codecs_kr, 'euc_kr', '\ud55c\uad6d'),
                        (_codecs_kr, 'cp949', '\ud55c'), (_codecs_tw, 'big5', '\u4e2d\u6587'),
                        (_codecs_tw, 'cp950', '\u4e2d'), (_codecs_hk, 'big5hkscs', '\u4e2d'),
                        (_codecs_iso2022, 'iso2022_jp', '\u3042abc\u3044'),
                        (_codecs_iso2022, 'iso2022_kr', '\ud55c')]:
    codec = mod.getcodec(name)
    check(name, lambda: (codec.encode(text), codec.decode(codec.encode(text)[0]) == (text, len(codec.encode(text)[0]))))

# Incremental and stream classes are built by subclassing with a 'codec' attribute (as the
# codecs in the standard library do).


class IncEnc(_multibytecodec.MultibyteIncrementalEncoder):
    codec = _codecs_iso2022.getcodec('iso2022_jp')


class IncDec(_multibytecodec.MultibyteIncrementalDecoder):
    codec = sjis


enc = IncEnc()
check('inc encode 1', lambda: enc.encode('a\u3042'))
check('inc encode 2', lambda: enc.encode('\u3044b'))
check('inc encode final', lambda: enc.encode('', True))
check('inc getstate', lambda: type(enc.getstate()).__name__)
enc.reset()
check('inc reset', lambda: enc.encode('x', True))
dec = IncDec()
check('inc decode partial', lambda: dec.decode(b'\x93'))
check('inc decode rest', lambda: dec.decode(b'\xfa'))
check('inc decode final error', lambda: dec.decode(b'\x93', True))
dec.reset()
check('inc decode state', lambda: dec.getstate())
check('inc errors attr', lambda: IncDec(errors='replace').errors)
check('no codec', lambda: _multibytecodec.MultibyteIncrementalEncoder())


class Buf:
    def __init__(self, data=b''):
        self.data = data
        self.written = []

    def read(self, n=-1):
        if n is None or n < 0:
            r = self.data
            self.data = b''
            return r
        r = self.data[:n]
        self.data = self.data[n:]
        return r

    def readline(self, size=-1):
        i = self.data.find(b'\n')
        if i < 0:
            return self.read()
        return self.read(i + 1)

    def write(self, b):
        self.written.append(b)


class Reader(_multibytecodec.MultibyteStreamReader):
    codec = sjis


class Writer(_multibytecodec.MultibyteStreamWriter):
    codec = sjis


r = Reader(Buf(sjis.encode('\u65e5\u672c\nline two\n')[0]))
check('stream readline', lambda: r.readline())
check('stream read', lambda: r.read())
b = Buf()
w = Writer(b)
w.write('\u65e5\u672c')
w.writelines(['a', 'b'])
check('stream written', lambda: b.written)
check('stream write bad', lambda: w.write(5))
import codecs
check('codecs lookup', lambda: '\u4e2d\u6587'.encode('gbk').decode('gbk'))
check('codecs big5', lambda: codecs.encode('\u4e2d', 'big5'))
check('long text', lambda: len(sjis.encode('\u3042' * 10000)[0]))
