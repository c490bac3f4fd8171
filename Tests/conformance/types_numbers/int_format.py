# int.__format__ / format() specs
v = [0, 7, -7, 255, 1234567, -1234567, 2**70]
specs = ['', 'd', '5d', '<5d', '^7d', '>6', '+d', ' d', '-d', '05d', '+08d', ',', '_', '_x', 'x', 'X', '#x',
         '#X', 'o', '#o', 'b', '#b', '#010b', 'c', 'e', '.2e', 'f', '.1f', 'g', '%', '.1%', '=+8d', '*^9',
         'n', '012,d', '#_b', 'E', 'G']
for x in v:
    out = []
    for s in specs:
        if s == 'c' and not (0 <= x < 0x110000):
            continue
        out.append(format(x, s))
    print(x, out)
for bad in ['s', '.2d', ',x', 'z', '=s', 'q']:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError", e)
print(format(True, ''), format(True, 'd'), format(False, '5'), f"{True:>6}")
print(f"{42:{'>'}{10}}", "{:,}".format(10**12), "{0:b}".format(10))
