# Driver for CPython's own lib-dynload module _testmultiphase, loaded from the CPython 3.11 install
# found at run time (the runner puts its lib-dynload directory on PYTHONPATH).


def check(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', str(e))


import _testmultiphase
print('from lib-dynload ->', _testmultiphase.__file__.endswith('.cpython-311-x86_64-linux-gnu.so'))
import importlib.machinery
import importlib.util

check('int_const', lambda: _testmultiphase.int_const)
check('str_const', lambda: _testmultiphase.str_const)
check('foo', lambda: _testmultiphase.foo(10, 32))
check('foo bad', lambda: _testmultiphase.foo('x', 1))
check('foo doc', lambda: _testmultiphase.foo.__doc__)
check('spec name', lambda: _testmultiphase.__spec__.name)
check('spec origin', lambda: _testmultiphase.__spec__.origin == _testmultiphase.__file__)
check('error name', lambda: _testmultiphase.error.__name__)
check('error module', lambda: _testmultiphase.error.__module__)
check('error base', lambda: _testmultiphase.error.__mro__[1].__name__)
e = _testmultiphase.Example()
check('Example doc', lambda: _testmultiphase.Example.__doc__)
check('Example module', lambda: _testmultiphase.Example.__module__)
check('demo', lambda: e.demo())
check('missing attr', lambda: e.abc)
e.abc = [1, 2]
check('set attr', lambda: e.abc)
del e.abc
check('deleted attr', lambda: e.abc)
check('Str mro', lambda: [c.__name__ for c in _testmultiphase.Str.__mro__])
check('Str value', lambda: _testmultiphase.Str('q') + 'r')
check('state func 0', lambda: _testmultiphase.call_state_registration_func(0))
check('state func 1', lambda: _testmultiphase.call_state_registration_func(1))
check('state func 2', lambda: _testmultiphase.call_state_registration_func(2))
check('state func bad', lambda: _testmultiphase.call_state_registration_func('a'))

# The same shared object has more module definitions, reached through other names.
path = _testmultiphase.__file__


def load(name):
    loader = importlib.machinery.ExtensionFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def describe(name):
    m = load(name)
    names = []
    for n in sorted(dir(m)):
        if not n.startswith('__'):
            names.append(n)
    return type(m).__name__, names


for name in ['_testmultiphase_meth_state_access', '_testmultiphase_nonmodule',
             '_testmultiphase_nonmodule_with_methods', '_testmultiphase_null_slots',
             '_testmultiphase_create_int_with_state', '_testmultiphase_negative_size',
             '_testmultiphase_export_null', '_testmultiphase_export_raise',
             '_testmultiphase_export_uninitialized', '_testmultiphase_export_unreported_exception',
             '_testmultiphase_create_null', '_testmultiphase_create_raise',
             '_testmultiphase_create_unreported_exception', '_testmultiphase_nonmodule_with_exec_slots',
             '_testmultiphase_exec_err', '_testmultiphase_exec_raise',
             '_testmultiphase_exec_unreported_exception', '_testmultiphase_bad_slot_large',
             '_testmultiphase_bad_slot_negative', '_test_module_state_shared', 'imp_dummy',
             '_testmultiphase_no_such_init']:
    check('load ' + name, lambda: describe(name))

nm = load('_testmultiphase_nonmodule_with_methods')
check('nonmodule type', lambda: type(nm).__name__)
check('nonmodule bar', lambda: nm.bar(1))
ms = load('_testmultiphase_meth_state_access')
check('state getdefclass', lambda: ms.StateAccessType().get_defining_module() is ms)
check('state get_count', lambda: ms.StateAccessType().get_count())
ms.StateAccessType().increment_count_clinic()
ms.StateAccessType().increment_count_clinic(n=5)
check('state after increments', lambda: ms.StateAccessType().get_count())
check('state twice', lambda: ms.StateAccessType().increment_count_clinic(1, 2, 3))
ms.StateAccessType().increment_count_noclinic(7, twice=True)
check('state noclinic', lambda: ms.StateAccessType().get_count())
check('state noclinic bad kw', lambda: ms.StateAccessType().increment_count_noclinic(spam=1))
class SubAccess(ms.StateAccessType):
    pass
check('subclass defining module', lambda: SubAccess().get_defining_module() is ms)
check('subclass count', lambda: SubAccess().get_count())
check('state getmodulebydef', lambda: ms.StateAccessType().getmodulebydef_bad_def())
