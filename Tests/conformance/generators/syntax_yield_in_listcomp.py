# yield cannot appear inside a list comprehension.
def f():
    return [(yield i) for i in range(3)]
print('not reached')
