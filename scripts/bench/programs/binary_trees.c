// Binary trees (the Computer Language Benchmarks Game algorithm) with malloc/free, printing
// the same lines as binary_trees.py.
#include <stdio.h>
#include <stdlib.h>

#define MAX_DEPTH 16

typedef struct Node { struct Node *left, *right; } Node;

static Node *make(int depth) {
  Node *n = malloc(sizeof(Node));
  if (depth == 0) {
    n->left = n->right = NULL;
  } else {
    n->left = make(depth - 1);
    n->right = make(depth - 1);
  }
  return n;
}

static long check(Node *n) {
  if (!n->left) return 1;
  return 1 + check(n->left) + check(n->right);
}

static void release(Node *n) {
  if (n->left) {
    release(n->left);
    release(n->right);
  }
  free(n);
}

int main(void) {
  int min_depth = 4;
  int max_depth = MAX_DEPTH > min_depth + 2 ? MAX_DEPTH : min_depth + 2;
  int stretch = max_depth + 1;
  Node *s = make(stretch);
  printf("stretch tree of depth %d check: %ld\n", stretch, check(s));
  release(s);
  Node *long_lived = make(max_depth);
  for (int depth = min_depth; depth <= max_depth; depth += 2) {
    long iterations = 1L << (max_depth - depth + min_depth);
    long total = 0;
    for (long i = 0; i < iterations; i++) {
      Node *t = make(depth);
      total += check(t);
      release(t);
    }
    printf("%ld trees of depth %d check: %ld\n", iterations, depth, total);
  }
  printf("long lived tree of depth %d check: %ld\n", max_depth, check(long_lived));
  release(long_lived);
  return 0;
}
