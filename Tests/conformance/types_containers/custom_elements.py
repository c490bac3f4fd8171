# containers with user-defined elements: __eq__/__hash__/__lt__ calls, NaN identity, keyword arguments, iterator types
class E:
    calls = 0
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        E.calls += 1
        return isinstance(o, E) and self.v == o.v
    def __hash__(self): return hash(self.v) & 7
    def __repr__(self): return f"E({self.v})"
    def __lt__(self, o): return self.v < o.v
xs = [E(3), E(1), E(2)]
print(sorted(xs), min(xs), max(xs), E(1) in xs, xs.index(E(2)), xs.count(E(3)))
xs.remove(E(1)); print(xs)
d = {E(i): i for i in range(20)}
print(len(d), d[E(5)], E(21) in d, sorted(d.values())[:3])
s = {E(1), E(1), E(9)}
print(len(s), E(9) in s, sorted(s))
print({1: 'a'} == {1.0: 'a'}, {(1, 2): 1}.get((1.0, 2.0)), {frozenset([1]): 2}.get(frozenset([1.0])))
nan = float('nan')
print([nan].count(nan), [nan].index(nan), nan in {nan}, {nan: 1}.get(nan), (nan,) == (nan,))
print("x".join(map(str, range(5))), "".join(reversed("abc")), list(map(int, "123")), sorted("bca", key=str.upper))
print(str.join("-", "abc"), str.upper.__name__, type(str.upper).__name__, type("".upper).__name__, str.upper.__qualname__)
print(dict.fromkeys.__name__, type({}.keys()).__name__, int.from_bytes.__name__)
print(list.sort.__name__, [].sort.__self__ if False else 'ok', int.__add__(1, 2), float.__add__(1.0, 2))
print("a".split(sep=","), "a b".split(maxsplit=1), [3, 1].sort(reverse=True), sorted([3, 1], key=lambda x: -x))
print(int("10", base=2), "ab".encode(encoding="ascii"), b"ab".decode(errors="strict"), "x".center(5, fillchar="-") if False else 1)
class Key(str):
    def __hash__(self): return 42
    def __eq__(self, o): return str.__eq__(self, o)
k = {Key("a"): 1}
print(k.get("a"), k.get(Key("a")), Key("a") == "a", "a" == Key("a"))
print(sorted([[3, "b"], [1, "z"], [3, "a"]]), sorted([(1, 2), (1,), ()]), sorted([{3}, {1}], key=len))
print(list(zip(*[[1, 2], [3, 4]])), [*range(3), *"ab"], {**{'a': 1}, 'b': 2}, [x for x in {3: 0, 1: 0}])
a = [1, 2, 3]; a[1:2] = []; a[:0] = [0]; a[len(a):] = [9]; print(a)
b = list(range(10)); del b[::2]; b[::2] = "xyz"[:len(b[::2])]; print(b)
print(bytes(reversed(b"abc")), bytearray(b"abc")[::-1], b"abc"[::2], memoryview(b"abcdef")[::2].tobytes())
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter(range(0))).__name__, type(reversed([])).__name__)
