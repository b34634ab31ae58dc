// Spectral norm: the same algorithm and float operations as spectral_norm.py.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 800

static double eval_a(long long i, long long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static double *times_u(int n, const double *u) {
  double *v = malloc(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; i++) {
    double s = 0.0;
    for (int j = 0; j < n; j++) s += eval_a(i, j) * u[j];
    v[i] = s;
  }
  return v;
}

static double *times_transposed_u(int n, const double *u) {
  double *v = malloc(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; i++) {
    double s = 0.0;
    for (int j = 0; j < n; j++) s += eval_a(j, i) * u[j];
    v[i] = s;
  }
  return v;
}

static double *times_ata_u(int n, const double *u) {
  double *w = times_u(n, u);
  double *v = times_transposed_u(n, w);
  free(w);
  return v;
}

static double spectral_norm(int n) {
  double *u = malloc(sizeof(double) * (size_t)n);
  for (int i = 0; i < n; i++) u[i] = 1.0;
  double *v = NULL;
  for (int k = 0; k < 10; k++) {
    free(v);
    v = times_ata_u(n, u);
    free(u);
    u = times_ata_u(n, v);
  }
  double vbv = 0.0, vv = 0.0;
  for (int i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  free(u);
  free(v);
  return sqrt(vbv / vv);
}

int main(void) {
  printf("%lld\n", (long long)rint(spectral_norm(N) * 1e9));
  return 0;
}
