/*
 * math.h - the few mathematical functions the kernel's users need, on the
 * x87 FPU (the kernel is built -mno-sse; every thread saves its FPU state).
 *
 * fabs, floor, ceil, trunc, rint, fmod, remainder and sqrt are exact
 * (correctly rounded), as ISO C and IEEE 754 ask. The others (sin, cos,
 * tan, the inverse and hyperbolic functions, exp, log, pow, cbrt, hypot)
 * are computed in the x87's 64-bit precision and rounded once to double:
 * within an ulp of a correctly rounded libm, usually equal to it. Special
 * cases (inf, nan, signed zeros, pow's table) follow C99 Annex F.
 */
#pragma once

#define HUGE_VAL (__builtin_huge_val())
#define INFINITY (__builtin_inff())
#define NAN      (__builtin_nanf(""))
#define M_PI     3.14159265358979323846
#define M_E      2.7182818284590452354

#define isnan(x)    __builtin_isnan(x)
#define isinf(x)    __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define signbit(x)  __builtin_signbit(x)

double fabs(double x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double fmod(double x, double y);
double sqrt(double x);
double sin(double x);
double cos(double x);
double pow(double x, double y);
double rint(double x);
double remainder(double x, double y);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double exp(double x);
double expm1(double x);
double log(double x);
double log10(double x);
double log1p(double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double cbrt(double x);
double hypot(double x, double y);
