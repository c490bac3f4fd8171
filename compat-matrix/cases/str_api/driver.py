import strapi


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


check('match', lambda: strapi.match('abcabc', 'abc', 0, 6))
check('match window', lambda: strapi.match('xxabcxx', 'abc', 2, 5))
check('match miss', lambda: strapi.match('hello', 'z', 0, 5))
check('match negative', lambda: strapi.match('h\xe9llo w\xe9rld', '\xe9', -8, 100))
check('match bad', lambda: strapi.match('abc', 5, 0, 3))

check('split ws', lambda: strapi.split('  a b\tc  ', None, -1))
check('split sep', lambda: strapi.split('a,b,,c', ',', 2))
check('split bad sep', lambda: strapi.split('a', '', -1))
check('lines', lambda: strapi.lines('a\nb\r\nc', False))
check('lines keep', lambda: strapi.lines('a\nb\r\nc', True))
check('replace', lambda: strapi.replace('aaaa', 'a', 'bc', 2))
check('replace all', lambda: strapi.replace('h\xe9h\xe9', '\xe9', '\u20ac', -1))
check('replace bad', lambda: strapi.replace('a', 1, 'b', -1))
check('format', lambda: strapi.format('%s=%03d %.1f', ('x', 7, 2.25)))
check('format dict', lambda: strapi.format('%(a)s', {'a': 'A'}))
check('format bad', lambda: strapi.format('%d', ('x',)))
check('compare', lambda: [strapi.compare('a', 'b', op) for op in range(6)])
check('compare other', lambda: strapi.compare('a', 1, 2))

check('resize grow', lambda: strapi.resize(b'abc', 6))
check('resize shrink', lambda: strapi.resize(b'abcdef', 2))
check('resize same', lambda: strapi.resize(b'abc', 3))
check('resize shared', lambda: strapi.resize_shared(b'shared'))

check('vcall', lambda: strapi.vcall(lambda *a, **k: (a, sorted(k.items())), (1, 2), {'z': 0}))


class Obj:
    cls_attr = 'class'


o = Obj()
o.inst = 'instance'
check('getattr_dict inst', lambda: strapi.getattr_dict(o, 'inst', None, False))
check('getattr_dict extra dict', lambda: strapi.getattr_dict(o, 'extra', {'extra': 'from dict'}, False))
check('getattr_dict missing', lambda: strapi.getattr_dict(o, 'nope', None, False))
check('getattr_dict suppressed', lambda: strapi.getattr_dict(o, 'nope', None, True))

check('finalizers', strapi.finalizers)
