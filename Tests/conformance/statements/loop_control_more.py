# break/continue through try/finally and with; else clauses with nested loops.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *exc):
        print("exit", self.tag)

for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            try:
                break
            finally:
                print("finally before break")
print("i =", i)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("inner loop completed for", outer)
        continue
    print("inner broke at", inner, "for", outer)

count = 0
while count < 5:
    count += 1
    try:
        if count == 2:
            continue
        if count == 4:
            break
    finally:
        print("finally", count)
else:
    print("no else after break")

for i in range(2):
    pass
    if i:
        pass
print("pass does nothing")

def find(matrix, target):
    for r in matrix:
        for c in r:
            if c == target:
                break
        else:
            continue
        return f"found {target}"
    return "not found"
print(find([[1, 2], [3]], 3), find([[1]], 5))

n = 0
while True:
    n += 1
    if n < 3:
        continue
    break
print("n", n)
for x in range(3):
    try:
        if x == 1:
            raise ValueError
    except ValueError:
        continue
    else:
        print("else for", x)
