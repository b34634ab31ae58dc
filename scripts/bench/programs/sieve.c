// Sieve of Eratosthenes over an array of flags, repeated: the same algorithm as sieve.py.
#include <stdio.h>
#include <stdlib.h>

#define N 2000000
#define REPEAT 16

static char *sieve(long long n) {
  char *flags = malloc((size_t)n + 1);
  for (long long k = 0; k <= n; k++) flags[k] = 1;
  flags[0] = 0;
  flags[1] = 0;
  for (long long i = 2; i * i <= n; i++) {
    if (flags[i]) {
      for (long long j = i * i; j < n + 1; j += i) flags[j] = 0;
    }
  }
  return flags;
}

int main(void) {
  long long count = 0, total = 0;
  for (int r = 0; r < REPEAT; r++) {
    char *flags = sieve(N);
    count = 0;
    total = 0;
    for (long long i = 0; i < N + 1; i++) {
      if (flags[i]) {
        count += 1;
        total += i;
      }
    }
    free(flags);
  }
  printf("%lld\n%lld\n", count, total);
  return 0;
}
