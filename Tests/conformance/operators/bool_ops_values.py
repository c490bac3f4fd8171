# and/or/not return operands and call __bool__ as needed.
class T:
    def __init__(self, name, truth): self.name, self.truth = name, truth
    def __bool__(self):
        print('bool of', self.name)
        return self.truth
    def __repr__(self): return self.name
a, b = T('a', True), T('b', False)
print(a and b)
print(b and a)
print(a or b)
print(b or a)
print(not a, not b)
print([x for x in (a, b) if x])
x = b or 'default'
print(x)
print(all([a, b]), any([b, a]))
if a and not b:
    print('branch')
print(a if b else 'else-branch')
