# inf and nan: arithmetic, comparisons, reprs, conversions and messages
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, repr(inf), str(-nan), inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(inf == inf, nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, nan is nan)
print(inf % 2 if False else 'x', 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
try:
    print(inf % 2)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(5.0, inf), divmod(-5.0, inf))
print(max(inf, nan), min(nan, 1.0), sorted([3.0, -inf, inf, 0.0]))
print(float('INF'), float('-Infinity'), float('+nan'), float(' nan '), float('-NaN'))
print(hash(inf), hash(-inf), hash(nan) == hash(nan) or True)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, 2.0 ** -inf, 0.5 ** inf, (-1.0) ** inf)
print(abs(-inf), -(-inf), abs(nan), inf.is_integer(), nan.hex() if False else 'y', round(inf, 1))
print(inf != inf, nan != nan, -0.0 == 0.0, repr(-0.0), (-0.0).hex())
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
try:
    print(1e308 ** 2)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(inf ** 2, (-inf) ** 3, (-inf) ** 2, (-0.0) ** -1 if False else 'z')
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
