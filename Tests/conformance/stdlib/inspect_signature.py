# inspect: signatures and object classification (no source access).
import inspect

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    "Doc of f."
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation, sig.parameters["b"].annotation)
print([p.kind.name for p in sig.parameters.values()])
print(sig.bind(1, c=3).arguments, inspect.getdoc(f))
class K:
    def m(self, x):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm(y=1):
        pass
print(inspect.signature(K().m), inspect.signature(K.cm), inspect.signature(K.sm))
print(inspect.isfunction(f), inspect.ismethod(K().m), inspect.isclass(K), inspect.ismodule(inspect), inspect.isbuiltin(len))
def gen():
    yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.getmro(bool))
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(sorted(name for name, _ in inspect.getmembers(K) if not name.startswith("__")))
