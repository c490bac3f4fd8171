/* Complex arithmetic on Py_complex values (passed and returned by value, as CPython 3.11's
 * _Py_c_* functions), used by complex objects and by extensions such as cmath.
 *
 * Written for Swallow from the textbook formulas (Smith's algorithm for division; polar form
 * for powers), matching CPython 3.11's observed results bit for bit and its errno contract:
 * these functions raise no Python exception; failures are reported only through errno
 * (EDOM: division by zero, zero to a negative or complex power; ERANGE: overflow), which the
 * caller must clear beforehand and test afterwards. tools/cshim-test compares them with
 * CPython's own on ordinary, signed-zero, infinite and NaN operands. */
#include "Python.h"

#include <errno.h>
#include <math.h>

/* Py_complex _Py_c_sum(Py_complex a, Py_complex b): a + b. Never touches errno. */
Py_complex _Py_c_sum(Py_complex a, Py_complex b) {
    Py_complex r;
    r.real = a.real + b.real;
    r.imag = a.imag + b.imag;
    return r;
}

/* Py_complex _Py_c_diff(Py_complex a, Py_complex b): a - b. Never touches errno. */
Py_complex _Py_c_diff(Py_complex a, Py_complex b) {
    Py_complex r;
    r.real = a.real - b.real;
    r.imag = a.imag - b.imag;
    return r;
}

/* Py_complex _Py_c_neg(Py_complex a): -a (both signs flipped). Never touches errno. */
Py_complex _Py_c_neg(Py_complex a) {
    Py_complex r;
    r.real = -a.real;
    r.imag = -a.imag;
    return r;
}

/* Py_complex _Py_c_prod(Py_complex a, Py_complex b): a * b by the schoolbook formula (no
 * special handling of infinities). Never touches errno. */
Py_complex _Py_c_prod(Py_complex a, Py_complex b) {
    Py_complex r;
    r.real = a.real * b.real - a.imag * b.imag;
    r.imag = a.real * b.imag + a.imag * b.real;
    return r;
}

/* Py_complex _Py_c_quot(Py_complex a, Py_complex b)
 * a / b by Smith's algorithm (scaling by the larger component of b). b == 0 sets errno to
 * EDOM and returns 0+0j; a NaN in b gives nan+nanj. errno is otherwise left unchanged. */
Py_complex _Py_c_quot(Py_complex a, Py_complex b) {
    Py_complex r;
    const double abs_breal = b.real < 0 ? -b.real : b.real;
    const double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        } else {
            const double ratio = b.imag / b.real;
            const double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        const double ratio = b.real / b.imag;
        const double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        /* At least one component of b is a NaN. */
        r.real = r.imag = NAN;
    }
    return r;
}

/* Py_complex _Py_c_pow(Py_complex a, Py_complex b)
 * a ** b in polar form: |a|**b.real / e**(arg(a)*b.imag) at angle arg(a)*b.real +
 * b.imag*log|a|. b == 0 gives 1+0j; a == 0 gives 0+0j, with errno EDOM if b.imag != 0 or
 * b.real < 0. errno is otherwise left to what pow/exp/... set. */
Py_complex _Py_c_pow(Py_complex a, Py_complex b) {
    Py_complex r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            errno = EDOM;
        r.real = 0.0;
        r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

/* double _Py_c_abs(Py_complex z)
 * |z|: inf if either part is infinite (even with a NaN), else nan if either is a NaN, else
 * hypot(). Sets errno to ERANGE if a finite z overflows to inf, and to 0 otherwise (a NaN
 * result leaves errno unchanged). */
double _Py_c_abs(Py_complex z) {
    double result;
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real) || isinf(z.imag)) {
            errno = 0;
            return INFINITY;
        }
        return NAN;
    }
    result = hypot(z.real, z.imag);
    if (!isfinite(result))
        errno = ERANGE;
    else
        errno = 0;
    return result;
}
