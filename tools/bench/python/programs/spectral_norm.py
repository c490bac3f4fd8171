"""Spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1) by power iteration
(function calls in inner loops, float division, generator expressions)."""
import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v):
    n = len(v)
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v):
    n = len(v)
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v):
    return mul_atv(mul_av(v))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = mul_atav(u)
        u = mul_atav(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%.9f" % (vbv / vv) ** 0.5)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 120)
