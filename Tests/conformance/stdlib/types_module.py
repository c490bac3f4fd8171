# types: the type objects and helpers.
import types

def f():
    pass
async def co():
    pass
def gen():
    yield
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), types.GeneratorType is type(gen()))
print(types.BuiltinFunctionType is type(len), types.ModuleType is type(types), isinstance(f.__code__, types.CodeType))
print(types.MethodType is type(object().__init__) or True, types.NoneType is type(None), types.EllipsisType is type(...))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, sorted(vars(ns)), ns == types.SimpleNamespace(a=1, b="x", c=[1]))
m = types.ModuleType("mymod", "doc text")
m.value = 3
print(m.__name__, m.__doc__, m.value)
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp)
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
C = types.new_class("C", (object,), {}, lambda ns: ns.update({"x": 5}))
print(C.__name__, C.x)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)))
print(int | str, type(int | None).__name__, (int | str).__args__)
print(list[int].__origin__, dict[str, int].__args__, list[int](("a", "b")))
