# comparisons between ints, floats and bools; hash consistency
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < -1e308)
print(1 < 2 < 3, 3 > 2 > 2, 0 == False, 1 == True, 2 == True)
print(10**30 == 10**30, 10**30 != 10**30 + 1, -(10**30) < 5)
print(float('inf') > 10**1000, float('-inf') < -10**1000, float('nan') == 0, float('nan') != 1)
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(float(2**70)), hash(0) == hash(-0.0))
print(hash(-2), hash(10**20), hash(-10**20), hash(2**61 - 2))
print(sorted([3, 1.5, True, -2**70, 2**70, 0.0]))
print(max(1, 1.0), min(1.0, 1), max([2, 2.0, True]))
print({1: 'a', 1.0: 'b', True: 'c'})
print(len({2**64, float(2**64), 18446744073709551616}))
for op in ['<', '>', '<=', '>=']:
    try:
        eval(f"1 {op} 'a'")
    except TypeError as e:
        print("TypeError", e)
