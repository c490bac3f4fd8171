# yield cannot appear inside a generator expression.
def f():
    return ((yield i) for i in range(3))
print('not reached')
