// Recursive Fibonacci: the same algorithm as fib.py.
#include <stdio.h>

#define N 38

static long long fib(long long n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  printf("%lld\n", fib(N));
  return 0;
}
