# list[int] and friends: types.GenericAlias from the containers' __class_getitem__
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list['x'], type(list[int]), set[frozenset[int]], type[int])
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, dict[int, str].__args__, repr(list[None]))
print(list[int]('ab'), dict[str, int](a=1), list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int].__name__, list[int].__class__, list[int].append is list.append, tuple[int].count((1,), 1))
class X(list[int]):
    pass
print(X.__bases__, X.__orig_bases__, X.__mro__, X([1, 2]))
for call in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str],
             lambda: int[str], lambda: list[int, str]]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def f(x: list[int], y: dict[str, int]) -> tuple[int, ...]:
    return x
print(f([1], {}), f.__name__)
