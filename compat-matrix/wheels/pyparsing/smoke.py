# Smoke test of the pyparsing wheel (pure Python): grammars built with operators, parse
# actions, infix notation with a recursive evaluator, and error positions.
import pyparsing as pp

integer = pp.Word(pp.nums).set_parse_action(lambda t: int(t[0]))
ident = pp.Word(pp.alphas + '_', pp.alphanums + '_')
operand = integer | ident
expr = pp.infix_notation(operand, [
    (pp.one_of('- +'), 1, pp.OpAssoc.RIGHT),
    (pp.one_of('* /'), 2, pp.OpAssoc.LEFT),
    (pp.one_of('+ -'), 2, pp.OpAssoc.LEFT),
])


def evaluate(t, env):
    if isinstance(t, int):
        return t
    if isinstance(t, str):
        return env[t]
    if len(t) == 2:
        v = evaluate(t[1], env)
        return -v if t[0] == '-' else v
    acc = evaluate(t[0], env)
    for op, rhs in zip(t[1::2], t[2::2]):
        r = evaluate(rhs, env)
        acc = {'+': acc + r, '-': acc - r, '*': acc * r, '/': acc // r}[op]
    return acc


for text in ['1 + 2 * 3', '(1 + 2) * 3', '-x * (y - 4) / 2', '2 * -3 + 10']:
    tree = expr.parse_string(text, parse_all=True)[0]
    print(text, '->', tree.as_list() if isinstance(tree, pp.ParseResults) else tree, evaluate(tree, {'x': 5, 'y': 10}))
kv = pp.Dict(pp.OneOrMore(pp.Group(ident + pp.Suppress('=') + (integer | pp.QuotedString('"')))))
res = kv.parse_string('a=1 b="two words" c=3')
print('dict ->', res.as_dict())
try:
    expr.parse_string('1 + * 2', parse_all=True)
except pp.ParseException as e:
    print('error ->', e.lineno, e.col)
csv = pp.DelimitedList(pp.Word(pp.alphas) | pp.pyparsing_common.number)
print('delimited ->', csv.parse_string('a, 1, 2.5, b').as_list())
print('scan ->', [(t[0], s, e) for t, s, e in integer.scan_string('x 12 y 345 z')])
