[x for x in y]
[x for x in y if x if z]
[(a, b) for a in c for b in d]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x async for x in y]
sum(x * x for x in range(10))
[[y for y in x] for x in z]
{**a}
[*a, *b]
print(*[1], sep="")
