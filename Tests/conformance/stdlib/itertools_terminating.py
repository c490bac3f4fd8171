# itertools: accumulate, chain, compress, dropwhile, filterfalse, groupby, islice, pairwise,
# starmap, takewhile, tee, zip_longest.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress("ab", [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.filterfalse(lambda x: x % 2, range(7))))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = [(k, g) for k, g in it.groupby("aabb")]
print([(k, list(g)) for k, g in groups])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.islice(range(10), None)), list(it.islice("ab", 5, 10)))
for bad in [(-1,), (0, 1, 0), ("a",)]:
    try:
        it.islice("abc", *bad)
    except ValueError as e:
        print("ValueError", e)
print(list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), len(it.tee("x", 3)))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.zip_longest()))
try:
    it.chain(1).__next__()
except TypeError as e:
    print("TypeError", e)
