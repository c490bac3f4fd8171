# for/while/try with else; break and continue in nested loops.
for i in range(3):
    pass
else:
    print("for else runs after exhaustion", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    pass
else:
    print("for else on empty iterable")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("not printed")

def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))

out = []
for i in range(4):
    if i % 2:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        out.append((i, j))
print(out)

count = 0
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    j = 0
    while True:
        j += 1
        if j >= i:
            break
        count += 1
print(count)

def try_else(v):
    try:
        r = 10 // v
    except ZeroDivisionError:
        return "div zero"
    else:
        return f"ok {r}"
    finally:
        print("finally for", v)
print(try_else(2), try_else(0))
for i in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        continue
    print("unreachable")
print("done")
