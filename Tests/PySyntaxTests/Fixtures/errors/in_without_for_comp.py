[x in y]
[x for x y]
