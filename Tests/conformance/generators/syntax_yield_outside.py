# yield at module level.
print('not reached')
x = yield 5
