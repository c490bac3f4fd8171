# Sequence patterns: iterators are not sequences, subclasses are, len() is used once.
it = iter([1, 2])
match it:
    case [a, b]:
        print("no")
    case _:
        print("iterator is not a sequence")
gen = (i for i in range(2))
match gen:
    case [*_]:
        print("no")
    case _:
        print("generator is not a sequence")

class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyStr(str):
    pass
for obj in [MyList([1, 2]), MyTuple((1, 2)), MyStr("ab")]:
    match obj:
        case [x, y]:
            print(type(obj).__name__, "matched", x, y)
        case _:
            print(type(obj).__name__, "not a sequence")

class Counting(list):
    def __len__(self):
        print("len called")
        return super().__len__()
match Counting([1, 2, 3]):
    case [a]:
        pass
    case [a, b]:
        pass
    case [a, b, c]:
        print("matched three", a, b, c)

match [1, 2, 3, 4, 5]:
    case [1, *mid, 5] if len(mid) == 3:
        print("mid", mid)
match (1, (2, 3), [4, [5]]):
    case (a, (b, c), [d, [e]]):
        print(a, b, c, d, e)
match [[]]:
    case [[]]:
        print("nested empty")
match range(5):
    case [0, *rest]:
        print("range", rest, type(rest).__name__)
match [1, 2]:
    case [1, 2, *rest]:
        print("empty star", rest)
match "abc":
    case [*chars]:
        print("no")
    case str(s):
        print("string stays a string", s)
match b"ab":
    case [97, 98]:
        print("no")
    case _:
        print("bytes are not sequences")
