# Each line is one failure mode of earlier C-API emulators (capi-anchors.md §3, item numbers in
# the labels), observed from Python; CPython 3.11's output is the recorded expectation.
import sys
import failmodes


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


check('1 tuple filled after use', failmodes.tuple_fill_after_use)
check('2 arg tuple rewritten', lambda: failmodes.tuple_reuse_args(lambda *a: a))

print('3 doc before', failmodes.Counted.__doc__)
failmodes.set_type_doc()
print('3 doc after', failmodes.Counted.__doc__)

check('5 fresh refcounts', failmodes.fresh_refcounts)
check('8 dealloc at last reference', failmodes.dealloc_now)

before = failmodes.dealloc_count()
o = failmodes.Counted()
o.attribute = [1, 2, 3]
print('15 instance attribute', o.attribute)
del o
print('15 freed with its dict', failmodes.dealloc_count() - before)
before = failmodes.dealloc_count()
check('15 object.__new__', lambda: object.__new__(failmodes.Counted))
print('15 object.__new__ freed', failmodes.dealloc_count() - before)

check('9 heap type refcount', lambda: failmodes.heap_type_refcount(failmodes.Heap))
check('9 not a type', lambda: failmodes.heap_type_refcount(5))


def target(a, b, c=None):
    return (a, b, c)


check('10 vectorcall offset flag (Python function)', lambda: failmodes.vectorcall_offset(target))
check('10 vectorcall offset flag (C type)', lambda: failmodes.vectorcall_offset(dict))


def fails(x):
    raise ValueError(x)


marker = object()
check('11 failing calls keep no references', lambda: failmodes.failing_calls_refcount(fails, marker))
check('11 failing C calls keep no references', lambda: failmodes.failing_calls_refcount(len, marker))

check('12 kwnames interned', lambda: failmodes.kwnames_by_pointer(key=1, other=2))
d = {'key': 5}
check('12 kwnames from a dict', lambda: failmodes.kwnames_by_pointer(**d))

check('18 buffer loop bytes', lambda: failmodes.buffer_loop(b'abc'))
check('18 buffer loop bytearray', lambda: failmodes.buffer_loop(bytearray(b'abcdef')))
check('18 buffer loop no buffer', lambda: failmodes.buffer_loop('text'))
check('20 memoryview of C bytes', failmodes.memoryview_of_c_bytes)
check('21 Py_buffer size', lambda: failmodes.buffer_guarded(b'xyz'))
check('21 Py_buffer size memoryview', lambda: failmodes.buffer_guarded(memoryview(b'abcdefgh').cast('i')))

both, only = failmodes.Both(), failmodes.OnlyConcat()
check('22 both +', lambda: both + both)
check('22 only sq_concat +', lambda: only + only)
check('22 only sq_concat + int', lambda: only + 1)
check('22 C paths both', lambda: failmodes.c_concat_paths(both, both))
check('22 C paths only', lambda: failmodes.c_concat_paths(only, only))
check('22 C paths list', lambda: failmodes.c_concat_paths([1], [2]))
import operator
check('22 operator.concat lists', lambda: operator.concat([1], (2,)))

check('23 PyErr_FormatV', lambda: failmodes.formatv(3, 'things'))
check('28 curexc written directly', failmodes.curexc_direct)

lst = []
check('29 direct append', lambda: failmodes.list_direct_append(lst))
print('29 python sees', len(lst), lst[:5], lst[-1], sum(lst))
lst.append('tail')
print('29 after python append', len(lst), lst[-2:])

check('31 direct fields', lambda: failmodes.direct_fields((1, 2, 3, 4), failmodes.direct_fields))
check('31 direct fields no doc', lambda: failmodes.direct_fields((), failmodes.dealloc_count))
print('done')
