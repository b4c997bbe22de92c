/* TEST-ONLY Wine shim, never shipped in the release.
 *
 * numpy imports the C99 complex functions of the Universal CRT (creal, cabsf, cexp, cpow, ...). Wine 8's
 * ucrtbase exports most of them as unimplemented stubs that abort the process as soon as numpy's umath
 * initialises. This proxy implements the whole family with MinGW's libm and forwards every other export to
 * Wine's own ucrtbase (copied as ucrtbase_wine).
 *
 * The Microsoft ABI types: _Dcomplex and _Lcomplex are { double re, im } (long double is double in MSVC),
 * _Fcomplex is { float re, im }. They are passed and returned as plain structs, which GCC does the same way.
 */
#include <complex.h>
#include <math.h>

typedef struct { double v[2]; } Dc;
typedef struct { float v[2]; } Fc;

static double complex d_in(Dc z) { return __builtin_complex(z.v[0], z.v[1]); }
static float complex f_in(Fc z) { return __builtin_complex(z.v[0], z.v[1]); }
static Dc d_out(double complex z) { Dc r = {{creal(z), cimag(z)}}; return r; }
static Fc f_out(float complex z) { Fc r = {{crealf(z), cimagf(z)}}; return r; }

/* complex -> complex: double, float and "long double" (= double) versions */
#define UNARY(name)                                                              \
    Dc shim_##name(Dc z) { return d_out(name(d_in(z))); }                         \
    Fc shim_##name##f(Fc z) { return f_out(name##f(f_in(z))); }                   \
    Dc shim_##name##l(Dc z) { return d_out(name(d_in(z))); }

/* complex -> real */
#define TO_REAL(name)                                                            \
    double shim_##name(Dc z) { return name(d_in(z)); }                            \
    float shim_##name##f(Fc z) { return name##f(f_in(z)); }                       \
    double shim_##name##l(Dc z) { return name(d_in(z)); }

UNARY(cexp) UNARY(clog) UNARY(csqrt) UNARY(conj) UNARY(cproj)
UNARY(csin) UNARY(ccos) UNARY(ctan) UNARY(casin) UNARY(cacos) UNARY(catan)
UNARY(csinh) UNARY(ccosh) UNARY(ctanh) UNARY(casinh) UNARY(cacosh) UNARY(catanh)
TO_REAL(cabs) TO_REAL(carg) TO_REAL(creal) TO_REAL(cimag)

Dc shim_cpow(Dc a, Dc b) { return d_out(cpow(d_in(a), d_in(b))); }
Fc shim_cpowf(Fc a, Fc b) { return f_out(cpowf(f_in(a), f_in(b))); }
Dc shim_cpowl(Dc a, Dc b) { return d_out(cpow(d_in(a), d_in(b))); }

Dc shim_clog10(Dc z) { return d_out(clog(d_in(z)) / M_LN10); }
Fc shim_clog10f(Fc z) { return f_out(clogf(f_in(z)) / (float)M_LN10); }
Dc shim_clog10l(Dc z) { return shim_clog10(z); }

double shim_norm(Dc z) { return z.v[0] * z.v[0] + z.v[1] * z.v[1]; }
float shim_normf(Fc z) { return z.v[0] * z.v[0] + z.v[1] * z.v[1]; }
double shim_norml(Dc z) { return shim_norm(z); }

Dc shim__Cbuild(double re, double im) { Dc r = {{re, im}}; return r; }
Fc shim__FCbuild(float re, float im) { Fc r = {{re, im}}; return r; }
Dc shim__LCbuild(double re, double im) { return shim__Cbuild(re, im); }

Dc shim__Cmulcc(Dc a, Dc b) { return d_out(d_in(a) * d_in(b)); }
Fc shim__FCmulcc(Fc a, Fc b) { return f_out(f_in(a) * f_in(b)); }
Dc shim__LCmulcc(Dc a, Dc b) { return shim__Cmulcc(a, b); }
Dc shim__Cmulcr(Dc a, double b) { Dc r = {{a.v[0] * b, a.v[1] * b}}; return r; }
Fc shim__FCmulcr(Fc a, float b) { Fc r = {{a.v[0] * b, a.v[1] * b}}; return r; }
Dc shim__LCmulcr(Dc a, double b) { return shim__Cmulcr(a, b); }
