import bindrt


def no_addresses(text):
    # Object addresses differ between runs: drop each ' at 0x...' up to its '>'.
    parts = text.split(' at 0x')
    out = parts[0]
    for part in parts[1:]:
        out = out + part[part.find('>'):]
    return out


def check(label, fn):
    try:
        print(label, '->', no_addresses(repr(fn())))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', no_addresses(str(e)))


# A metatype made by hand, with a struct larger than type's.
Meta = bindrt.Meta
print('meta', Meta.__name__, type(Meta).__name__, Meta.__base__.__name__)
Point = bindrt.make_class('Point', 41)
print('class', Point.__name__, Point.__module__, type(Point) is Meta, Point.__base__.__name__)
check('class tag (C)', lambda: bindrt.class_tag(Point))
check('class tag (member)', lambda: Point.tag)
Other = bindrt.make_class('Other', -5)
check('other tag', lambda: (bindrt.class_tag(Other), Other.tag))
check('tag of int', lambda: bindrt.class_tag(int))
check('isinstance meta', lambda: (isinstance(Point, Meta), isinstance(Point, type), isinstance(int, Meta)))

# Instances through object's tp_new, as PyO3 makes them.
p = bindrt.new_via_object(Point, 7)
check('instance', lambda: (type(p).__name__, p.value, isinstance(p, Point)))
p.value = 9
check('member write', lambda: p.value)
q = Point()
check('called class', lambda: (type(q).__name__, q.value))
check('called with args', lambda: Point(1))

# PyType_GetFlags
check('heap flags', lambda: (bindrt.heap_flag(int), bindrt.heap_flag(Point), bindrt.heap_flag(Meta)))

# Context variables from C, seen from Python too.
import contextvars
var = bindrt.cv_var()
check('var', lambda: (type(var).__name__, var.name))
check('get unset', lambda: bindrt.cv_get())
check('get fallback', lambda: bindrt.cv_get('fb'))
tok = bindrt.cv_set(5)
check('get set', lambda: (bindrt.cv_get(), var.get()))
check('token', lambda: (type(tok).__name__, tok.var is var, tok.old_value is contextvars.Token.MISSING))
check('in copy', lambda: bindrt.cv_in_copy('inner'))
check('after copy', lambda: bindrt.cv_get())
check('reset', lambda: bindrt.cv_reset(tok))
check('after reset', lambda: bindrt.cv_get('gone'))
check('reset again', lambda: bindrt.cv_reset(tok).__class__)
check('reset bad', lambda: bindrt.cv_reset(3))
check('get bad var', lambda: bindrt.cv_bad())
var.set('from python')
check('python set, C get', lambda: bindrt.cv_get())
check('C in run', lambda: contextvars.copy_context().run(lambda: (bindrt.cv_set(1), bindrt.cv_get())[1]))
check('outside run', lambda: bindrt.cv_get())

check('known hash', lambda: bindrt.known_hash())

check('slice', lambda: bindrt.slice_info(slice(2, 8, 2), 10))
check('slice negative', lambda: bindrt.slice_info(slice(None, None, -1), 5))
check('slice clamp', lambda: bindrt.slice_info(slice(-100, 100), 4))
check('slice huge', lambda: bindrt.slice_info(slice(0, 10 ** 30), 3))
check('slice zero step', lambda: bindrt.slice_info(slice(0, 1, 0), 3))
check('slice bad', lambda: bindrt.slice_info(slice('a', 1), 3))


class Host:
    def __init__(self):
        self.n = 3


def show(self, extra):
    return ('show', self.n, extra)


Host.show = bindrt.instance_method(show)
h = Host()
check('instancemethod bound', lambda: h.show('x'))
check('instancemethod on class', lambda: Host.show is show)
check('instancemethod type', lambda: type(Host.__dict__['show']).__name__)
check('instancemethod func', lambda: Host.__dict__['show'].__func__ is show)

check('tss', lambda: bindrt.tss())
check('version', lambda: bindrt.version_prefix())

c = bindrt.Caller()
check('vectorcall', lambda: c(1, 2, k=3))
check('vectorcall none', lambda: c())
c.note = 'kept'
check('dict attr', lambda: (c.note, c.c_dict()))
check('__dict__', lambda: c.__dict__)
del c
