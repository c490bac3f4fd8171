/* PyFloat_Pack/Unpack 2, 4 and 8: IEEE 754 half, single and double in either byte order, as
 * struct, array and pickle use them (x86_64 is little-endian and IEEE, so 4 and 8 are copies). */
#include "Python.h"
#include <math.h>

static void store(const unsigned char *src, unsigned char *dst, int n, int le) {
    for (int i = 0; i < n; i++) dst[i] = src[le ? i : n - 1 - i];
}

int PyFloat_Pack8(double x, char *p, int le) {
    store((const unsigned char *)&x, (unsigned char *)p, 8, le);
    return 0;
}

int PyFloat_Pack4(double x, char *p, int le) {
    float y = (float)x;
    if (isinf(y) && !isinf(x)) {
        PyErr_SetString(PyExc_OverflowError, "float too large to pack with f format");
        return -1;
    }
    store((const unsigned char *)&y, (unsigned char *)p, 4, le);
    return 0;
}

double PyFloat_Unpack8(const char *p, int le) {
    double x;
    store((const unsigned char *)p, (unsigned char *)&x, 8, le);
    return x;
}

double PyFloat_Unpack4(const char *p, int le) {
    float y;
    store((const unsigned char *)p, (unsigned char *)&y, 4, le);
    return y;
}

/* Half precision: 1 sign bit, 5 exponent bits, 10 fraction bits; round half to even. */
int PyFloat_Pack2(double x, char *p, int le) {
    unsigned short bits;
    unsigned short sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        bits = sign | 0x7e00;
    } else if (isinf(x)) {
        bits = sign | 0x7c00;
    } else if (a == 0.0) {
        bits = sign;
    } else {
        int e;
        double f = frexp(a, &e); /* a = f * 2**e, 0.5 <= f < 1 */
        if (e > 16) goto overflow;
        if (e < -13) {
            /* subnormal: a / 2**-24, rounded */
            double m = nearbyint(ldexp(a, 24));
            bits = sign | (unsigned short)m;
        } else {
            double m = nearbyint(ldexp(f, 11)); /* 1024..2048 */
            if (m >= 2048.0) { m /= 2; e += 1; if (e > 16) goto overflow; }
            bits = sign | (unsigned short)((e + 14) << 10) | ((unsigned short)m & 0x3ff);
        }
    }
    unsigned char b[2] = { (unsigned char)(bits & 0xff), (unsigned char)(bits >> 8) };
    p[0] = (char)(le ? b[0] : b[1]);
    p[1] = (char)(le ? b[1] : b[0]);
    return 0;
overflow:
    PyErr_SetString(PyExc_OverflowError, "float too large to pack with e format");
    return -1;
}

double PyFloat_Unpack2(const char *p, int le) {
    unsigned char lo = (unsigned char)(le ? p[0] : p[1]), hi = (unsigned char)(le ? p[1] : p[0]);
    unsigned short bits = (unsigned short)(lo | (hi << 8));
    int sign = bits >> 15, e = (bits >> 10) & 0x1f, m = bits & 0x3ff;
    double x;
    if (e == 0x1f) x = m ? NAN : INFINITY;
    else if (e == 0) x = ldexp((double)m, -24);
    else x = ldexp((double)(m | 0x400), e - 25);
    return sign ? -x : x;
}
