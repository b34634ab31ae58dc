// N-body simulation of the Jovian planets: the same algorithm and float operations as
// nbody.py, with each body an array {x, y, z, vx, vy, vz, mass}.
#include <math.h>
#include <stdio.h>

#define STEPS 1000000
#define NBODIES 5

static const double PI = 3.141592653589793;
#define SOLAR_MASS (4.0 * PI * PI)
static const double DAYS_PER_YEAR = 365.24;

static double bodies[NBODIES][7];

static void make_bodies(void) {
  double init[NBODIES][7] = {
      {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS},
      {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
       -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
      {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
       2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
      {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
       -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
      {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
       -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
  };
  for (int i = 0; i < NBODIES; i++)
    for (int k = 0; k < 7; k++) bodies[i][k] = init[i][k];
}

static void offset_momentum(void) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < NBODIES; i++) {
    double *b = bodies[i];
    px += b[3] * b[6];
    py += b[4] * b[6];
    pz += b[5] * b[6];
  }
  bodies[0][3] = -px / SOLAR_MASS;
  bodies[0][4] = -py / SOLAR_MASS;
  bodies[0][5] = -pz / SOLAR_MASS;
}

static double energy(void) {
  double e = 0.0;
  for (int i = 0; i < NBODIES; i++) {
    double *b = bodies[i];
    e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5]);
    for (int j = i + 1; j < NBODIES; j++) {
      double *b2 = bodies[j];
      double dx = b[0] - b2[0], dy = b[1] - b2[1], dz = b[2] - b2[2];
      e -= (b[6] * b2[6]) / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void advance(double dt, int steps) {
  for (int s = 0; s < steps; s++) {
    for (int i = 0; i < NBODIES; i++) {
      double *b = bodies[i];
      for (int j = i + 1; j < NBODIES; j++) {
        double *b2 = bodies[j];
        double dx = b[0] - b2[0], dy = b[1] - b2[1], dz = b[2] - b2[2];
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * sqrt(d2));
        double m = b2[6] * mag;
        b[3] -= dx * m;
        b[4] -= dy * m;
        b[5] -= dz * m;
        m = b[6] * mag;
        b2[3] += dx * m;
        b2[4] += dy * m;
        b2[5] += dz * m;
      }
    }
    for (int i = 0; i < NBODIES; i++) {
      double *b = bodies[i];
      b[0] += dt * b[3];
      b[1] += dt * b[4];
      b[2] += dt * b[5];
    }
  }
}

// Python's round(): to the nearest integer, ties to even (rint in the default rounding mode).
static long long py_round(double x) { return (long long)rint(x); }

int main(void) {
  make_bodies();
  offset_momentum();
  printf("%lld\n", py_round(energy() * 1e9));
  advance(0.01, STEPS);
  printf("%lld\n", py_round(energy() * 1e9));
  return 0;
}
