# round() of floats: banker's rounding and correctly rounded ndigits
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e20, -3.7, 3.2, 4.5000001]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, 2))
print(round(2.675, 2), round(1.005, 2), round(0.285, 2), round(1234.5678, -2), round(1250.0, -2), round(-0.0, 1))
print(round(5e-324, 400), round(1.23456789e-5, 8), round(123.456, -1), round(123.456, -3), round(1e300, -300))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(1.5, None), round(2.5, 308), round(7.0, 400))
print(round(float('inf'), 2), round(float('nan'), 1), round(-float('inf'), 0))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
print((2.5).__round__(), (2.567).__round__(1), (1e16).__round__(), (-0.5).__round__())
print(round(1e16 + 1.0), round(2.0**70), round(-2.0**64))
