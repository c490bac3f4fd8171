# comment only line
x = (1 +
     2)
y = [1,
  2,
    3]
z = 1 + \
    2
if x:  # trailing comment

    # indented comment
    pass
s = """
doc
"""
é = 1
naïve = 'café'
def ünïcode(ß): return ß
x = 1;
a = b if c else d
t = 1,
u = *a, *b
for x in *a, *b: pass
x = not not y
x = - - 1
x = a.b(c).d[e](f)
x = a[b][c]
print("hi")
class E(Exception): pass
while True:
    if x:
        break
    elif y:
        continue
x = 1 if y else 2
x = [i for i in range(3)] + [4]
match = 1
case = 2
_ = 3
