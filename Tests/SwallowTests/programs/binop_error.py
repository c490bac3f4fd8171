def compute(a, b):
    return a[0] / b
values = [10, 20]
print(compute(values, 2))
print(  compute(values, 0)  , 3)
