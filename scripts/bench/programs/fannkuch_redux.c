// Fannkuch-redux: the same algorithm as fannkuch_redux.py.
#include <stdio.h>

#define N 10

static void fannkuch(int n, long long *checksum_out, int *max_flips_out) {
  int perm1[32], perm[32], count[32];
  for (int i = 0; i < n; i++) {
    perm1[i] = i;
    perm[i] = 0;
    count[i] = 0;
  }
  int max_flips = 0;
  long long checksum = 0, perm_count = 0;
  int r = n;
  for (;;) {
    while (r != 1) {
      count[r - 1] = r;
      r -= 1;
    }
    for (int i = 0; i < n; i++) perm[i] = perm1[i];
    int flips = 0;
    int k = perm[0];
    while (k != 0) {
      int i = 0, j = k;
      while (i < j) {
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        i += 1;
        j -= 1;
      }
      flips += 1;
      k = perm[0];
    }
    if (flips > max_flips) max_flips = flips;
    if (perm_count % 2 == 0)
      checksum += flips;
    else
      checksum -= flips;
    for (;;) {
      if (r == n) {
        *checksum_out = checksum;
        *max_flips_out = max_flips;
        return;
      }
      int perm0 = perm1[0];
      for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r] -= 1;
      if (count[r] > 0) break;
      r += 1;
    }
    perm_count += 1;
  }
}

int main(void) {
  long long checksum;
  int max_flips;
  fannkuch(N, &checksum, &max_flips);
  printf("%lld\n%d\n", checksum, max_flips);
  return 0;
}
