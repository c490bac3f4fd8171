lambda x: (yield)
x = 1 1
