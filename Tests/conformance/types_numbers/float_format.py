# float.__format__ with the common presentation types
vals = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, 0.1, 2.5, 3.0, float('inf'), float('nan')]
specs = ['', 'f', '.2f', '10.3f', '<10.1f', '+.1f', ' .0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',.2f',
         '_.3f', '012.3f', '#.0f', '.0e', 'n', '^12g', '*>10', '.10g', '#g']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for bad in ['d', 'x', 's', 'c', '=5s']:
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError", e)
print(f"{3.14159:.2f}", "{:08.3f}".format(-3.14159), "%.3f|%10.2e|%-8g|" % (1 / 3, 12345.678, 0.5), f"{1e300:.3g}")
