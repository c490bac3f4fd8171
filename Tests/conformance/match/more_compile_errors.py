# More compile-time errors in match statements.
sources = [
    "match x:\n    case f'{y}':\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case a.b():\n        pass\n    case a():\n        pass\n",
    "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case [a, *_, b, *c]:\n        pass\n",
    "match x:\n    case (a | b):\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case [a, (a)]:\n        pass\n",
    "match x:\n    case {'k': v, 'j': [v]}:\n        pass\n",
    "match x:\n    case 1 as a as b:\n        pass\n",
    "match x:\n    case (1 | a) as b:\n        pass\n",
    "match x:\n    case C(a, b=c, d):\n        pass\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case [a, b] | [b, a]:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case {1: _, 1.0: _}:\n        pass\n",
    "match x:\n    case {True: _, 1: _}:\n        pass\n",
    "match x:\n    case -0:\n        pass\n    case 1-2j:\n        pass\n",
]
for src in sources:
    first = src.splitlines()[1].strip()
    try:
        compile(src, "<m>", "exec")
        print(first, "-> compiles")
    except SyntaxError as e:
        print(first, "->", e.msg)
