// Hello world in C: the size to compare Keel's test/run/hello.py with, and each runtime's
// start-up time (the benchmark harness subtracts it before computing Keel/C ratios).
#include <stdio.h>

int main(void) {
  puts("Hello, world!");
  return 0;
}
