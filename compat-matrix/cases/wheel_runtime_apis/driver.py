import sys
import wrapis


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


# Audit hooks: none installed yet, then one from C and one from Python.
check('audit without hooks', lambda: wrapis.audit('wrapis.start', 'v'))
log = wrapis.add_hook()
seen = []


def py_hook(event, args):
    if event.startswith('wrapis.'):
        seen.append((event, args))


sys.addaudithook(py_hook)
check('audit', lambda: wrapis.audit('wrapis.event', [1, 2]))
check('C hook saw', lambda: log)
check('Python hook saw', lambda: seen)
check('sys.audit reaches C hook', lambda: sys.audit('wrapis.from_python', 'a', 1))
check('C hook log', lambda: log[-1])
check('refusing hook', lambda: wrapis.audit('wrapis.refuse', None))

# Struct sequences, a static one (InitType2) and a heap one (NewType).
for heap in (False, True):
    p = wrapis.point(3, 4, heap)
    print('point', heap, '->', repr(p), type(p).__name__, type(p).__module__)
    check('  fields', lambda: (p.x, p.y, p.label, p[0], p[-1], len(p), tuple(p)))
    check('  items from C', lambda: wrapis.point_items(p))
    check('  isinstance tuple', lambda: isinstance(p, tuple))
    t = type(p)
    check('  sizes', lambda: (t.n_sequence_fields, t.n_fields, t.n_unnamed_fields))
    check('  made from Python', lambda: t((1, 2, 'z')))
    check('  made from Python, items from C', lambda: wrapis.point_items(t((1, 2, 'z'))))
    check('  too short', lambda: t((1,)))
check('doc', lambda: wrapis.point_type.__doc__)

# A static C exception type deriving from ValueError, with a field of its own.
E = wrapis.ParseError
check('mro', lambda: [c.__name__ for c in E.__mro__])
try:
    wrapis.raise_parse_error('bad token', {'line': 3})
except ValueError as e:
    print('caught ->', type(e).__name__, e.args, str(e))
    check('  detail from C', lambda: wrapis.error_detail(e))
    check('  detail member', lambda: e.detail)
e2 = E('made in Python', 42)
check('made in Python', lambda: (e2.args, e2.detail, wrapis.error_detail(e2), isinstance(e2, ValueError)))
try:
    raise e2
except wrapis.ParseError as e:
    print('raised and caught ->', e.detail)


class Sub(E):
    pass


check('Python subclass', lambda: (type(Sub('x', 1)).__name__, Sub('x', 1).detail))
H = wrapis.HeapError
check('heap error', lambda: (H('h').args, isinstance(H('h'), ValueError), H.__doc__))
try:
    raise H('heap', 2)
except ValueError as e:
    print('heap caught ->', type(e).__name__, e.args)

# Instance dicts at tp_dictoffset.
b = wrapis.Box()
b.extra = 'x'
check('box dict', lambda: (b.__dict__, wrapis.box_c_dict(b), b.extra))
b.__dict__['more'] = 2
check('box dict from C', lambda: wrapis.box_c_dict(b))

# Sequence slots.
check('concat', lambda: b + 5)
check('repeat', lambda: (b * 3, 2 * b))
check('repeat bad', lambda: b * 'x')
b2 = wrapis.Box()
b2 += 4
check('inplace concat', lambda: b2.value)
b2[2] = 7
check('ass_item', lambda: b2.value)
del b2[1]
check('del item', lambda: b2.value)

# A descriptor type written in C.
class Holder:
    tag = wrapis.Tag()


h = Holder()
check('descriptor on instance', lambda: h.tag[0])
check('descriptor on class', lambda: type(Holder.tag).__name__)

# Slice arithmetic.
for s, n in [(slice(None), 10), (slice(2, -2), 10), (slice(None, None, -1), 5), (slice(-100, 100, 3), 7),
             (slice(5, 1, -2), 4), (slice(10 ** 30, None), 3)]:
    check('slice ' + repr(s) + ' ' + str(n), lambda: wrapis.slice_parts(s, n))
check('slice step 0', lambda: wrapis.slice_parts(slice(1, 2, 0), 5))
check('slice bad index', lambda: wrapis.slice_parts(slice('a', 2), 5))

# Sets: PySet_GET_SIZE reads the struct.
check('set sizes', lambda: wrapis.set_size({1, 2, 3}))
s = {1}
s.add(2)
check('set sizes after Python add', lambda: wrapis.set_size(s))
check('frozenset sizes', lambda: wrapis.set_size(frozenset('abcd')))


def f(*a):
    return a


cm, sm = wrapis.wrap_methods(f)


class K:
    c = cm
    s = sm


check('classmethod', lambda: K.c(1)[0].__name__)
check('staticmethod', lambda: K.s(1))
check('type name', lambda: (wrapis.type_name(1), wrapis.type_name(b), wrapis.type_name(e2)))
check('import noblock', lambda: wrapis.import_noblock('math').__name__)
