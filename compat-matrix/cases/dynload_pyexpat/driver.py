# Driver for CPython's own lib-dynload module pyexpat, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import pyexpat
print('from lib-dynload ->', pyexpat.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))

check('version type', lambda: type(pyexpat.EXPAT_VERSION).__name__)
check('version_info len', lambda: len(pyexpat.version_info))
check('native_encoding', lambda: pyexpat.native_encoding)
check('error is ExpatError', lambda: pyexpat.error is pyexpat.ExpatError)
check('ExpatError base', lambda: pyexpat.ExpatError.__mro__[1].__name__)
check('ErrorString', lambda: pyexpat.ErrorString(2))
check('errors message', lambda: pyexpat.errors.XML_ERROR_SYNTAX)
check('errors codes', lambda: pyexpat.errors.codes[pyexpat.errors.XML_ERROR_SYNTAX])
check('model constants', lambda: (pyexpat.model.XML_CTYPE_EMPTY, pyexpat.model.XML_CQUANT_NONE))
check('features', lambda: type(pyexpat.features).__name__)

events = []


def start(name, attrs):
    events.append(('start', name, attrs))


def end(name):
    events.append(('end', name))


def chars(data):
    events.append(('chars', data))


def pi(target, data):
    events.append(('pi', target, data))


def comment(data):
    events.append(('comment', data))


def start_ns(prefix, uri):
    events.append(('ns', prefix, uri))


def xmldecl(version, encoding, standalone):
    events.append(('xmldecl', version, encoding, standalone))


p = pyexpat.ParserCreate()
check('parser type', lambda: type(p).__name__)
p.StartElementHandler = start
p.EndElementHandler = end
p.CharacterDataHandler = chars
p.ProcessingInstructionHandler = pi
p.CommentHandler = comment
p.XmlDeclHandler = xmldecl
check('handler get', lambda: p.StartElementHandler is start)
check('parse', lambda: p.Parse(b'<?xml version="1.0" encoding="utf-8"?><root a="1" b="two"><!-- c --><?tgt data?>text&amp;<child/>\xc3\xa9</root>', True))
for e in events:
    print('event', e)
check('line/col', lambda: (p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
check('parse after end', lambda: p.Parse(b'<x/>', True))
events = []
p2 = pyexpat.ParserCreate()
p2.StartElementHandler = start
p2.EndElementHandler = end
p2.CharacterDataHandler = chars
p2.buffer_text = True
check('buffer_text', lambda: p2.buffer_text)
check('incremental 1', lambda: p2.Parse('<a>hel', False))
check('incremental 2', lambda: p2.Parse('lo</a>', False))
check('incremental end', lambda: p2.Parse('', True))
for e in events:
    print('event', e)
p3 = pyexpat.ParserCreate()
try:
    p3.Parse(b'<a><b></a>', True)
except pyexpat.ExpatError as e:
    print('error ->', str(e), e.code, e.lineno, e.offset, pyexpat.errors.messages[e.code])
check('ErrorCode', lambda: (p3.ErrorCode, p3.ErrorLineNumber, p3.ErrorColumnNumber))
events = []
p4 = pyexpat.ParserCreate(namespace_separator=' ')
p4.StartElementHandler = start
p4.StartNamespaceDeclHandler = start_ns
p4.Parse(b'<r xmlns="urn:a" xmlns:b="urn:b"><b:c b:x="1"/></r>', True)
for e in events:
    print('event', e)
events = []
p5 = pyexpat.ParserCreate()
p5.ordered_attributes = True
p5.specified_attributes = True
p5.StartElementHandler = start
p5.Parse('<r z="1" a="2" m="3"/>', True)
check('ordered attributes', lambda: events)
check('bad encoding', lambda: pyexpat.ParserCreate('no-such-encoding').Parse(b'<a/>', True))
check('bad separator', lambda: pyexpat.ParserCreate(namespace_separator='ab'))
check('bad handler', lambda: setattr(pyexpat.ParserCreate(), 'StartElementHandler', 5).__class__)
check('unknown attr', lambda: pyexpat.ParserCreate().NoSuchHandler)


def raising(name, attrs):
    raise ValueError('from handler ' + name)


p6 = pyexpat.ParserCreate()
p6.StartElementHandler = raising
check('handler raises', lambda: p6.Parse('<boom/>', True))
p7 = pyexpat.ParserCreate()
p7.StartElementHandler = start
events = []


class Reader:
    def __init__(self):
        self.chunks = [b'<doc>', b'<i>1</i>', b'<i>2</i>', b'</doc>', b'']

    def read(self, n):
        return self.chunks.pop(0)


check('ParseFile', lambda: p7.ParseFile(Reader()))
check('ParseFile events', lambda: events)
check('ParseFile bad', lambda: pyexpat.ParserCreate().ParseFile(5))
p8 = pyexpat.ParserCreate()
p8.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
check('GetBase', lambda: p8.GetBase())
p8.SetBase('http://base/')
check('SetBase', lambda: p8.GetBase())
check('GetInputContext', lambda: p8.GetInputContext())
events = []
p9 = pyexpat.ParserCreate()
p9.DefaultHandler = lambda data: events.append(('default', data))
p9.Parse('<!DOCTYPE r [<!ENTITY e "ent">]><r>&e;</r>', True)
check('default handler', lambda: events)
check('intern', lambda: type(pyexpat.ParserCreate().intern).__name__)
check('ExternalEntityParserCreate', lambda: type(pyexpat.ParserCreate().ExternalEntityParserCreate(None)).__name__)
check('UseForeignDTD', lambda: pyexpat.ParserCreate().UseForeignDTD(True))
check('big document', lambda: pyexpat.ParserCreate().Parse('<r>' + '<i a="x">t</i>' * 5000 + '</r>', True))
