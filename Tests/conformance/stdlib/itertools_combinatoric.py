# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it

print(list(it.product("ab", [0, 1])), list(it.product(range(2), repeat=3))[:5], list(it.product()))
print(list(it.product("ab", [])))
print(list(it.permutations("abc")), len(list(it.permutations(range(5), 3))))
print(list(it.permutations("ab", 3)), list(it.permutations("ab", 0)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(3), 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)))
print(sum(1 for _ in it.combinations(range(10), 4)), sum(1 for _ in it.combinations_with_replacement(range(4), 3)))
for f, args in [(it.combinations, ("ab", -1)), (it.permutations, ("ab", -1)), (it.product, ("a",))]:
    try:
        list(f(*args, **({"repeat": -1} if f is it.product else {})))
    except ValueError as e:
        print("ValueError", e)
