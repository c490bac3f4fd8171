"""Float workload: escape-time iteration of the Mandelbrot set over a grid (float
multiplication and comparison in a tight loop, no allocation but float results)."""
import sys


def mandelbrot(size, limit=50):
    inside = 0
    total_iterations = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total_iterations += i
            if i == limit:
                inside += 1
    return inside, total_iterations


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
print(mandelbrot(n))
