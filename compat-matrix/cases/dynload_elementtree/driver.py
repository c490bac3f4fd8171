# Driver for CPython's own lib-dynload module _elementtree, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _elementtree
print('from lib-dynload ->', _elementtree.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))
# _elementtree imports xml.etree.ElementTree's Python parts itself on first use (ParseError,
# the pyexpat glue); the types below are the C ones.
import xml.etree.ElementTree

E = _elementtree.Element
SE = _elementtree.SubElement
check('Element module', lambda: E.__module__)
check('C types used by ET', lambda: xml.etree.ElementTree.Element is E)
root = E('root', {'a': '1'}, b='2')
check('tag', lambda: root.tag)
check('attrib', lambda: root.attrib)
check('text tail', lambda: (root.text, root.tail))
c1 = SE(root, 'child', x='1')
c1.text = 'hello'
c1.tail = 'after'
c2 = SE(root, 'child', x='2')
c3 = SE(c2, 'grand')
check('len', lambda: len(root))
check('index', lambda: root[1] is c2)
check('negative index', lambda: root[-1].get('x'))
check('slice', lambda: [e.get('x') for e in root[0:2]])
check('index error', lambda: root[5])
check('iter', lambda: [e.tag for e in root.iter()])
check('iter tag', lambda: [e.get('x') for e in root.iter('child')])
check('itertext', lambda: list(root.itertext()))
check('find', lambda: root.find('child').get('x'))
check('find path', lambda: root.find('child/grand') is c3)
check('findall', lambda: len(root.findall('child')))
check('findtext', lambda: root.findtext('child'))
check('findtext default', lambda: root.findtext('missing', 'dflt'))
check('iterfind', lambda: [e.get('x') for e in root.iterfind('.//child')])
check('get default', lambda: root.get('nope', 'D'))
root.set('c', '3')
check('keys items', lambda: (root.keys(), root.items()))
e = E('e')
root.append(e)
check('append', lambda: len(root))
root.insert(0, E('first'))
check('insert', lambda: root[0].tag)
root.remove(e)
check('remove', lambda: len(root))
check('remove missing', lambda: root.remove(E('zzz')))
check('append bad', lambda: root.append('str'))
check('extend', lambda: root.extend([E('x1'), E('x2')]))
check('extend count', lambda: len(root))
del root[-2:]
check('del slice', lambda: len(root))
root[0] = E('replaced')
check('setitem', lambda: root[0].tag)
check('bool warns not', lambda: len(E('empty')))
cp = root.__copy__()
check('copy shallow', lambda: cp[1] is root[1] and cp is not root)
import copy
dc = copy.deepcopy(root)
check('deepcopy', lambda: dc[1] is not root[1] and dc[1].get('x') == root[1].get('x'))
check('makeelement', lambda: root.makeelement('m', {'k': 'v'}).attrib)
root.clear()
check('clear', lambda: (len(root), root.attrib, root.text))
check('bad attrib', lambda: E('t', 5))
check('no tag', lambda: E())


class MyElement(E):
    def describe(self):
        return 'My ' + self.tag


me = MyElement('custom')
SE(me, 'kid')
check('subclass', lambda: (me.describe(), len(me), type(me[0]).__name__))

tb = _elementtree.TreeBuilder()
tb.start('doc', {'v': '1'})
tb.data('some ')
tb.data('text')
tb.start('p', {})
tb.end('p')
tb.comment('ignored')
tb.pi('target', 'text')
doc = tb.end('doc')
check('builder close', lambda: tb.close() is doc)
check('builder result', lambda: (doc.tag, doc.text, doc.attrib, [c.tag for c in doc]))
tb2 = _elementtree.TreeBuilder(insert_comments=True, insert_pis=True)
tb2.start('d', {})
tb2.comment('c1')
tb2.pi('t', 'x')
tb2.end('d')
check('builder comments', lambda: len(tb2.close()))

parser = _elementtree.XMLParser()
check('parser type', lambda: type(parser).__name__)
parser.feed('<a x="1"><b>text</b><b>more</b>')
parser.feed('<c/></a>')
tree = parser.close()
check('parsed', lambda: (tree.tag, tree.attrib, [b.text for b in tree.findall('b')], tree[2].tag))
check('parse error', lambda: _elementtree.XMLParser().feed('<a><b></a>'))
p2 = _elementtree.XMLParser()
try:
    p2.feed('<x>')
    p2.close()
except xml.etree.ElementTree.ParseError as err:
    print('ParseError ->', str(err), err.code, err.position)
check('entity', lambda: xml.etree.ElementTree.fromstring('<a>&lt;&#65;</a>').text)
check('undefined entity', lambda: xml.etree.ElementTree.fromstring('<a>&bogus;</a>'))
check('unicode', lambda: xml.etree.ElementTree.fromstring('<a>\u20ac</a>'.encode('utf-8')).text)
check('tostring', lambda: xml.etree.ElementTree.tostring(tree))
check('namespaces', lambda: xml.etree.ElementTree.fromstring('<r xmlns="urn:x"><c/></r>')[0].tag)


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(('start', tag))

    def end(self, tag):
        self.log.append(('end', tag))

    def data(self, d):
        self.log.append(('data', d))

    def close(self):
        return self.log


tp = _elementtree.XMLParser(target=Target())
tp.feed('<r>hi<s/></r>')
check('custom target', lambda: tp.close())
pp = xml.etree.ElementTree.XMLPullParser(['start', 'end'])
pp.feed('<r><s>1</s></r>')
check('pull parser', lambda: [(ev, el.tag) for ev, el in pp.read_events()])
big = E('big')
for i in range(3000):
    SE(big, 'i', n=str(i)).text = str(i)
check('big', lambda: (len(big), big[2999].text, len(xml.etree.ElementTree.tostring(big))))
