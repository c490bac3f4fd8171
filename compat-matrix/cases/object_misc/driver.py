import sys
import objmisc


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


e = ValueError('top')
check('exc_parts', lambda: objmisc.exc_parts(e, KeyError('why'), TypeError('ctx')))
print('python sees', repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
check('exc_parts clear', lambda: objmisc.exc_parts(e, None, None))
print('python sees', e.__cause__, e.__context__)
check('set_tb None', lambda: objmisc.set_tb(e, None))
check('set_tb bad', lambda: objmisc.set_tb(e, 5))

check('sets', lambda: objmisc.sets([7]))
check('sets empty', lambda: objmisc.sets(None))
check('sets bad', lambda: objmisc.sets(5))
check('set_errors', objmisc.set_errors)

check('seq', lambda: objmisc.seq((1, 'a', 1), 1))
check('seq missing', lambda: objmisc.seq((1, 2), 'z'))
check('concat_bad', objmisc.concat_bad)

check('dicts', lambda: objmisc.dicts({'a': 1, 'b': 2}, {'b': 20, 'c': 30}))
check('dicts non-str key', lambda: objmisc.dicts({'a': 1}, {5: 'x'}))
check('dicts bad other', lambda: objmisc.dicts({'a': 1}, 5))

check('formatting', lambda: objmisc.formatting(3.14159, '.2f'))
check('formatting str', lambda: objmisc.formatting('h\xe9', '>5'))
check('formatting bad', lambda: objmisc.formatting(3, 'q'))
check('dir_has', lambda: objmisc.dir_has([], 'append'))
check('dir_has no', lambda: objmisc.dir_has([], 'nope'))


class Base:
    marker = 'from Base'


class Child(Base):
    pass


check('lookup', lambda: objmisc.lookup(Child, 'marker'))
check('lookup missing', lambda: objmisc.lookup(Child, 'nothing'))
check('lookup builtin', lambda: objmisc.lookup(int, 'nothing'))
check('subclass', lambda: (objmisc.subclass(Child, Base), objmisc.subclass(Base, Child), objmisc.subclass(bool, (str, int))))
check('subclass bad', lambda: objmisc.subclass(3, int))

check('add_module', lambda: [(type(m).__name__, m.__name__, same) for m, same in [objmisc.add_module('objmisc_made')]])
import objmisc_made
print('imported made', objmisc_made.answer, objmisc_made.__name__)
check('import_level', lambda: objmisc.import_level('objmisc', None).__name__)
check('import_level missing', lambda: objmisc.import_level('no_such_module_here', None))

check('recurse ok', lambda: objmisc.recurse(50))
check('recurse too deep', lambda: objmisc.recurse(100000))
check('recurse after', lambda: objmisc.recurse(50))

check('unraisable', lambda: objmisc.unraisable('some object'))
check('locks', objmisc.locks)
check('gc_switch', objmisc.gc_switch)


class Greeter:
    name = 'g'


check('method_new', lambda: objmisc.method_new(lambda self: 'hi from ' + self.name, Greeter()))
check('vcall_dict', lambda: objmisc.vcall_dict(lambda *a, **k: (a, sorted(k.items())), {'x': 3}))
check('vcall_dict none', lambda: objmisc.vcall_dict(lambda *a, **k: (a, k), None))
check('add_traceback', lambda: objmisc.add_traceback('kept'))
try:
    objmisc.add_traceback('with traceback')
except ValueError as e:
    print('traceback present', e.__traceback__ is not None)
check('print_error', lambda: objmisc.print_error('printed to stderr'))
print('last', sys.last_type.__name__, sys.last_value)
