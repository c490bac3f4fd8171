# complex powers, division and reprs of edge results
zs = [1 + 1j, -1 + 0j, 2j, 0.5 - 0.5j, complex(3, -4), 1e-5j]
for z in zs:
    print(z ** 2, z ** -1, z ** 0.5, z ** 3, z ** 1j, 1 / z, z / 2, z * z.conjugate())
print((1j) ** 0, 0j ** 0, 0j ** 2, (2 + 0j) ** 10, (1 + 1j) ** 100, (-1) ** 0.5, 1j ** -2)
print(complex(1, 2) / complex(3, 4), complex(1e300, 1e300) / complex(1e300, 1e300), (1e200j) / (1e-200 + 1j))
for bad in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1 + 1j) / 0, lambda: (1 + 1j) / 0j, lambda: 1 / 0j]:
    try:
        print(bad())
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    print((1e200 + 1e200j) ** 5)
except OverflowError as e:
    print("OverflowError", e)
print(repr(complex(0.1, -0.2)), repr(complex(-1.5e-10, 3e20)), repr(complex(-0.0, -0.0)), repr(-(0j)), str(1e16j))
