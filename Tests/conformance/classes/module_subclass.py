# Subclasses of types.ModuleType: a custom __init__ taking other arguments (deprecation wrappers
# around a real module), class-level __getattr__ / __setattr__, and attributes every module
# gets from the module type.
import sys
import types


class Wrapper(types.ModuleType):
    def __init__(self, module):
        super().__init__(module.__name__, 'wrapped ' + module.__name__)
        self.__dict__['_module'] = module

    def __getattr__(self, attr):
        if attr.startswith('old_'):
            return 'deprecated ' + attr[4:]
        return getattr(self._module, attr)

    def __setattr__(self, attr, value):
        setattr(self._module, attr, value)


inner = types.ModuleType('inner', 'the real one')
inner.value = 42
w = Wrapper(inner)
print(type(w).__name__, isinstance(w, types.ModuleType), w.__name__, w.__doc__)
print('forwarded', w.value, w.old_api)
try:
    w.missing
except AttributeError as e:
    print('missing ->', e)
w.value = 7
print('set through', inner.value, 'value' in w.__dict__)
print('own dict keys', sorted(k for k in w.__dict__ if not k.startswith('__')))
print('getattr default', getattr(w, 'nothing', 'dflt'), hasattr(w, 'value'))

sys.modules['wrapped_inner'] = w
import wrapped_inner
print('import gives wrapper', wrapped_inner is w, wrapped_inner.value)
from wrapped_inner import value, old_name
print('from-import', value, old_name)


class Plain(types.ModuleType):
    pass


p = Plain('plain')
print(p.__name__, p.__doc__, p.__package__, p.__loader__, p.__spec__)
try:
    Plain(5)
except TypeError as e:
    print('bad name ->', e)
try:
    types.ModuleType()
except TypeError as e:
    print('no name ->', e)
m = types.ModuleType('m', 'doc')
m.__init__('renamed', 'other doc')
print('reinit', m.__name__, m.__doc__)
print('type methods', m.__reduce_ex__ is not None, callable(m.__dir__), m.__class__ is types.ModuleType)
print('dir', sorted(d for d in dir(m) if not d.startswith('_')), '__name__' in dir(m))
