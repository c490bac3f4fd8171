match x:
    case 1:
        pass
    case -1 | 2.5 | 3 + 4j | -5 - 6j:
        pass
    case "s" "t" | b"b":
        pass
    case None | True | False:
        pass
    case a:
        pass
    case _:
        pass
    case Color.RED | mod.sub.C:
        pass
    case (a):
        pass
    case (a, b) | [c, *d] | (e, *_) | []:
        pass
    case ():
        pass
    case {1: a, "k": b, X.y: c, **rest}:
        pass
    case {}:
        pass
    case Point(x, y=0) | Point() | a.B(1, 2, z=_):
        pass
    case [1, 2] as lst if len(lst) > 1:
        pass
    case (1 | 2) as n:
        pass
    case a, b:
        pass
    case *a, b,:
        pass
    case [*_]:
        pass
match a, b:
    case _: pass
match (a):
    case _: pass
match -x:
    case _: pass
match *a, b:
    case _: pass
match = 1
match(x)
match.y = 2
match[0] = 3
print(match)
