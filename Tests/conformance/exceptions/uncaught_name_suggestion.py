# An uncaught NameError suggests a similar local name (CPython 3.11 "Did you mean").
def compute(values):
    total_sum = 0
    for v in values:
        total_sum += v
    return totl_sum
compute([1, 2])
