// Mandelbrot set on a SIZE x SIZE grid: the same algorithm and float operations as
// mandelbrot.py.
#include <stdio.h>

#define SIZE 1200
#define MAX_ITER 50

static void mandelbrot(int w, int h) {
  long long inside = 0, iterations = 0;
  for (int y = 0; y < h; y++) {
    double ci = 2.0 * y / h - 1.0;
    for (int x = 0; x < w; x++) {
      double cr = 2.0 * x / w - 1.5;
      double zr = 0.0, zi = 0.0;
      int i = 0;
      while (i < MAX_ITER) {
        double tr = zr * zr - zi * zi + cr;
        double ti = 2.0 * zr * zi + ci;
        zr = tr;
        zi = ti;
        i += 1;
        if (zr * zr + zi * zi > 4.0) break;
      }
      if (zr * zr + zi * zi <= 4.0) inside += 1;
      iterations += i;
    }
  }
  printf("%lld\n%lld\n", inside, iterations);
}

int main(void) {
  mandelbrot(SIZE, SIZE);
  return 0;
}
