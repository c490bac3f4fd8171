# A small expression evaluator written with match: realistic use of nested class patterns.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

class Neg:
    __match_args__ = ("operand",)
    def __init__(self, operand):
        self.operand = operand

def evaluate(node):
    match node:
        case Num(value=int() | float() as v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(operand):
            return -evaluate(operand)
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")

def show(node):
    match node:
        case Num(v):
            return str(v)
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"

tree = BinOp("+", Num(2), BinOp("*", Num(3), Neg(Num(4))))
print(show(tree), "=", evaluate(tree))
print(evaluate(Neg(Neg(Num(5)))))
print(evaluate(BinOp("*", Num(0), BinOp("/", Num(1), Num(0)))))
for bad in [BinOp("/", Num(1), Num(2)), "text"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *objects] if objects:
            return f"taking {', '.join(objects)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for t in ["go north", "go up", "take lamp key", "take", "quit", "", "dance wildly"]:
    print(repr(t), "->", command(t))
