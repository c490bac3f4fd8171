# results of many set, dict, list, tuple, range and slice expressions
try:
    print('sorted({1, 2}.union([3], (4,), {5: 0}))', '=>', repr(sorted({1, 2}.union([3], (4,), {5: 0}))))
except Exception as e:
    print('sorted({1, 2}.union([3], (4,), {5: 0}))', '=>', type(e).__name__, e)
try:
    print('{1, 2}.intersection()', '=>', repr({1, 2}.intersection()))
except Exception as e:
    print('{1, 2}.intersection()', '=>', type(e).__name__, e)
try:
    print('{1, 2}.difference(*[])', '=>', repr({1, 2}.difference(*[])))
except Exception as e:
    print('{1, 2}.difference(*[])', '=>', type(e).__name__, e)
try:
    print("frozenset('ab') & 'bc'", '=>', repr(frozenset('ab') & 'bc'))
except Exception as e:
    print("frozenset('ab') & 'bc'", '=>', type(e).__name__, e)
try:
    print("frozenset('ab').issubset('abc')", '=>', repr(frozenset('ab').issubset('abc')))
except Exception as e:
    print("frozenset('ab').issubset('abc')", '=>', type(e).__name__, e)
try:
    print('set().issuperset(())', '=>', repr(set().issuperset(())))
except Exception as e:
    print('set().issuperset(())', '=>', type(e).__name__, e)
try:
    print('{1}.isdisjoint(iter([2, 3]))', '=>', repr({1}.isdisjoint(iter([2, 3]))))
except Exception as e:
    print('{1}.isdisjoint(iter([2, 3]))', '=>', type(e).__name__, e)
try:
    print('set.union({1}, {2}) == {1, 2}', '=>', repr(set.union({1}, {2}) == {1, 2}))
except Exception as e:
    print('set.union({1}, {2}) == {1, 2}', '=>', type(e).__name__, e)
try:
    print('frozenset.union(frozenset([1]), [2]) == {1, 2}', '=>', repr(frozenset.union(frozenset([1]), [2]) == {1, 2}))
except Exception as e:
    print('frozenset.union(frozenset([1]), [2]) == {1, 2}', '=>', type(e).__name__, e)
try:
    print('type(frozenset().union([1])).__name__', '=>', repr(type(frozenset().union([1])).__name__))
except Exception as e:
    print('type(frozenset().union([1])).__name__', '=>', type(e).__name__, e)
try:
    print('type(set.copy({1})).__name__', '=>', repr(type(set.copy({1})).__name__))
except Exception as e:
    print('type(set.copy({1})).__name__', '=>', type(e).__name__, e)
try:
    print('{1, 2, 3} - {2} | {9} & {9, 10}', '=>', repr({1, 2, 3} - {2} | {9} & {9, 10}))
except Exception as e:
    print('{1, 2, 3} - {2} | {9} & {9, 10}', '=>', type(e).__name__, e)
try:
    print('{1, 2} ^ {2, 3} ^ {3, 4}', '=>', repr({1, 2} ^ {2, 3} ^ {3, 4}))
except Exception as e:
    print('{1, 2} ^ {2, 3} ^ {3, 4}', '=>', type(e).__name__, e)
try:
    print('len({1, 1.0, True, 0, 0.0, False})', '=>', repr(len({1, 1.0, True, 0, 0.0, False})))
except Exception as e:
    print('len({1, 1.0, True, 0, 0.0, False})', '=>', type(e).__name__, e)
try:
    print('{(1, 2), (1, 2)}', '=>', repr({(1, 2), (1, 2)}))
except Exception as e:
    print('{(1, 2), (1, 2)}', '=>', type(e).__name__, e)
try:
    print('{1} == {1.0}', '=>', repr({1} == {1.0}))
except Exception as e:
    print('{1} == {1.0}', '=>', type(e).__name__, e)
try:
    print("{frozenset([1, 2]): 'x'}[frozenset([2, 1])]", '=>', repr({frozenset([1, 2]): 'x'}[frozenset([2, 1])]))
except Exception as e:
    print("{frozenset([1, 2]): 'x'}[frozenset([2, 1])]", '=>', type(e).__name__, e)
try:
    print('{}.keys() | {1}', '=>', repr({}.keys() | {1}))
except Exception as e:
    print('{}.keys() | {1}', '=>', type(e).__name__, e)
try:
    print('{1: 2}.items() - {(1, 2)}', '=>', repr({1: 2}.items() - {(1, 2)}))
except Exception as e:
    print('{1: 2}.items() - {(1, 2)}', '=>', type(e).__name__, e)
try:
    print('{1: 2}.keys() ^ {1: 3}.keys()', '=>', repr({1: 2}.keys() ^ {1: 3}.keys()))
except Exception as e:
    print('{1: 2}.keys() ^ {1: 3}.keys()', '=>', type(e).__name__, e)
try:
    print('dict.fromkeys([1, 1, 2])', '=>', repr(dict.fromkeys([1, 1, 2])))
except Exception as e:
    print('dict.fromkeys([1, 1, 2])', '=>', type(e).__name__, e)
try:
    print('dict([[1, 2], (3, 4)])', '=>', repr(dict([[1, 2], (3, 4)])))
except Exception as e:
    print('dict([[1, 2], (3, 4)])', '=>', type(e).__name__, e)
try:
    print("dict(a=1).get('a', 2)", '=>', repr(dict(a=1).get('a', 2)))
except Exception as e:
    print("dict(a=1).get('a', 2)", '=>', type(e).__name__, e)
try:
    print('{1: 2}.setdefault(1, 5)', '=>', repr({1: 2}.setdefault(1, 5)))
except Exception as e:
    print('{1: 2}.setdefault(1, 5)', '=>', type(e).__name__, e)
try:
    print("{'a': 1} | {'a': 2}", '=>', repr({'a': 1} | {'a': 2}))
except Exception as e:
    print("{'a': 1} | {'a': 2}", '=>', type(e).__name__, e)
try:
    print("sorted({3: 'c', 1: 'a', 2: 'b'}.items(), reverse=True)", '=>', repr(sorted({3: 'c', 1: 'a', 2: 'b'}.items(), reverse=True)))
except Exception as e:
    print("sorted({3: 'c', 1: 'a', 2: 'b'}.items(), reverse=True)", '=>', type(e).__name__, e)
try:
    print("{k: v for k, v in zip('abc', range(3))}", '=>', repr({k: v for k, v in zip('abc', range(3))}))
except Exception as e:
    print("{k: v for k, v in zip('abc', range(3))}", '=>', type(e).__name__, e)
try:
    print("dict(sorted({'b': 2, 'a': 1}.items()))", '=>', repr(dict(sorted({'b': 2, 'a': 1}.items()))))
except Exception as e:
    print("dict(sorted({'b': 2, 'a': 1}.items()))", '=>', type(e).__name__, e)
try:
    print("list(reversed({'x': 1, 'y': 2}.items()))", '=>', repr(list(reversed({'x': 1, 'y': 2}.items()))))
except Exception as e:
    print("list(reversed({'x': 1, 'y': 2}.items()))", '=>', type(e).__name__, e)
try:
    print('next(iter({5: 6}.values()))', '=>', repr(next(iter({5: 6}.values()))))
except Exception as e:
    print('next(iter({5: 6}.values()))', '=>', type(e).__name__, e)
try:
    print('{1: 1}.pop(2, None)', '=>', repr({1: 1}.pop(2, None)))
except Exception as e:
    print('{1: 1}.pop(2, None)', '=>', type(e).__name__, e)
try:
    print('len(dict.fromkeys(range(1000)))', '=>', repr(len(dict.fromkeys(range(1000)))))
except Exception as e:
    print('len(dict.fromkeys(range(1000)))', '=>', type(e).__name__, e)
try:
    print('[1, 2, 3].copy() == [1, 2, 3]', '=>', repr([1, 2, 3].copy() == [1, 2, 3]))
except Exception as e:
    print('[1, 2, 3].copy() == [1, 2, 3]', '=>', type(e).__name__, e)
try:
    print('[3, 1, 2].sort() is None', '=>', repr([3, 1, 2].sort() is None))
except Exception as e:
    print('[3, 1, 2].sort() is None', '=>', type(e).__name__, e)
try:
    print('list(reversed(range(3)))', '=>', repr(list(reversed(range(3)))))
except Exception as e:
    print('list(reversed(range(3)))', '=>', type(e).__name__, e)
try:
    print('[1, [2, [3]]] == [1, [2, [3]]]', '=>', repr([1, [2, [3]]] == [1, [2, [3]]]))
except Exception as e:
    print('[1, [2, [3]]] == [1, [2, [3]]]', '=>', type(e).__name__, e)
try:
    print('[1, 2] * 0 == []', '=>', repr([1, 2] * 0 == []))
except Exception as e:
    print('[1, 2] * 0 == []', '=>', type(e).__name__, e)
try:
    print('sum([[1], [2]], [])', '=>', repr(sum([[1], [2]], [])))
except Exception as e:
    print('sum([[1], [2]], [])', '=>', type(e).__name__, e)
try:
    print('[x * 2 for x in range(3)]', '=>', repr([x * 2 for x in range(3)]))
except Exception as e:
    print('[x * 2 for x in range(3)]', '=>', type(e).__name__, e)
try:
    print('[[0] * 2 for _ in range(2)]', '=>', repr([[0] * 2 for _ in range(2)]))
except Exception as e:
    print('[[0] * 2 for _ in range(2)]', '=>', type(e).__name__, e)
try:
    print("list('abc') + list((1,))", '=>', repr(list('abc') + list((1,))))
except Exception as e:
    print("list('abc') + list((1,))", '=>', type(e).__name__, e)
try:
    print('[1, 2, 3][-2:]', '=>', repr([1, 2, 3][-2:]))
except Exception as e:
    print('[1, 2, 3][-2:]', '=>', type(e).__name__, e)
try:
    print('[1, 2, 3][5:1:-1]', '=>', repr([1, 2, 3][5:1:-1]))
except Exception as e:
    print('[1, 2, 3][5:1:-1]', '=>', type(e).__name__, e)
try:
    print('(1, 2, 3)[::-1]', '=>', repr((1, 2, 3)[::-1]))
except Exception as e:
    print('(1, 2, 3)[::-1]', '=>', type(e).__name__, e)
try:
    print('tuple(range(3)) + (3,)', '=>', repr(tuple(range(3)) + (3,)))
except Exception as e:
    print('tuple(range(3)) + (3,)', '=>', type(e).__name__, e)
try:
    print('(1,) * 3', '=>', repr((1,) * 3))
except Exception as e:
    print('(1,) * 3', '=>', type(e).__name__, e)
try:
    print('(1, 2) < (1, 2, -1)', '=>', repr((1, 2) < (1, 2, -1)))
except Exception as e:
    print('(1, 2) < (1, 2, -1)', '=>', type(e).__name__, e)
try:
    print('((1, 2), 3)[0][1]', '=>', repr(((1, 2), 3)[0][1]))
except Exception as e:
    print('((1, 2), 3)[0][1]', '=>', type(e).__name__, e)
try:
    print("max((1, 'b'), (1, 'a'))", '=>', repr(max((1, 'b'), (1, 'a'))))
except Exception as e:
    print("max((1, 'b'), (1, 'a'))", '=>', type(e).__name__, e)
try:
    print('divmod(-7, 3), divmod(7, -3), divmod(-7.5, 2)', '=>', repr(divmod(-7, 3), divmod(7, -3), divmod(-7.5, 2)))
except Exception as e:
    print('divmod(-7, 3), divmod(7, -3), divmod(-7.5, 2)', '=>', type(e).__name__, e)
try:
    print('range(10)[::3].index(9)', '=>', repr(range(10)[::3].index(9)))
except Exception as e:
    print('range(10)[::3].index(9)', '=>', type(e).__name__, e)
try:
    print('range(-3, 3).count(0)', '=>', repr(range(-3, 3).count(0)))
except Exception as e:
    print('range(-3, 3).count(0)', '=>', type(e).__name__, e)
try:
    print('len(range(0, -10, -3))', '=>', repr(len(range(0, -10, -3))))
except Exception as e:
    print('len(range(0, -10, -3))', '=>', type(e).__name__, e)
try:
    print('range(3) == range(0, 3, 1)', '=>', repr(range(3) == range(0, 3, 1)))
except Exception as e:
    print('range(3) == range(0, 3, 1)', '=>', type(e).__name__, e)
try:
    print('range(0) == range(5, 2)', '=>', repr(range(0) == range(5, 2)))
except Exception as e:
    print('range(0) == range(5, 2)', '=>', type(e).__name__, e)
try:
    print('list(range(5)[slice(None, None, -2)])', '=>', repr(list(range(5)[slice(None, None, -2)])))
except Exception as e:
    print('list(range(5)[slice(None, None, -2)])', '=>', type(e).__name__, e)
try:
    print('slice(1, 2, 3) == slice(1, 2, 3)', '=>', repr(slice(1, 2, 3) == slice(1, 2, 3)))
except Exception as e:
    print('slice(1, 2, 3) == slice(1, 2, 3)', '=>', type(e).__name__, e)
try:
    print('slice(None).indices(0)', '=>', repr(slice(None).indices(0)))
except Exception as e:
    print('slice(None).indices(0)', '=>', type(e).__name__, e)
try:
    print('slice(-5, -1).indices(3)', '=>', repr(slice(-5, -1).indices(3)))
except Exception as e:
    print('slice(-5, -1).indices(3)', '=>', type(e).__name__, e)
