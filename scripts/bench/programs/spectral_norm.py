# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1)
# (the Computer Language Benchmarks Game algorithm): calls and float lists. Prints the norm
# times 1e9, rounded, so C prints the same integer.
import math

N = 800


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_u(n, u):
    v = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        v[i] = s
    return v


def times_transposed_u(n, u):
    v = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        v[i] = s
    return v


def times_ata_u(n, u):
    return times_transposed_u(n, times_u(n, u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for k in range(10):
        v = times_ata_u(n, u)
        u = times_ata_u(n, v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


print(round(spectral_norm(N) * 1e9))
