# Compile-time errors of match statements, checked with compile().
sources = {
    "irrefutable not last": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "wildcard not last": "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "or irrefutable": "match x:\n    case y | 1:\n        pass\n",
    "duplicate capture": "match x:\n    case [a, a]:\n        pass\n",
    "duplicate in mapping": "match x:\n    case {'k': a, **a}:\n        pass\n",
    "different names in or": "match x:\n    case [a] | [b]:\n        pass\n",
    "missing name in or": "match x:\n    case [a, b] | [a]:\n        pass\n",
    "duplicate keyword attr": "match x:\n    case C(a=1, a=2):\n        pass\n",
    "duplicate literal key": "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "multiple stars": "match x:\n    case [*a, *b]:\n        pass\n",
    "capture then wildcard ok at end": "match x:\n    case 1:\n        pass\n    case y:\n        pass\n",
    "irrefutable guarded ok": "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    "as wildcard": "match x:\n    case 1 as _:\n        pass\n",
    "nested irrefutable or": "match x:\n    case [y | 1]:\n        pass\n",
    "positional after keyword": "match x:\n    case C(a=1, b):\n        pass\n",
}
for label, src in sources.items():
    try:
        compile(src, "<test>", "exec")
        print(label, "-> compiles")
    except SyntaxError as e:
        print(label, "->", type(e).__name__, e.msg, e.lineno)
