// The structurer's input (a CFG given by block terminators) and output (a tree of wasm-shaped
// structured control: block/loop/if/br/br_table), independent of the IR. The code generator
// adapts its IR to StructInput and walks the SNode tree; see docs/structure.md.

export type Terminator =
  | { kind: 'jump'; target: number }
  /** Two edges: index 0 to `then` (condition true), index 1 to `else`. */
  | { kind: 'branch'; then: number; else: number }
  /** Edges: index i < targets.length to targets[i]; index targets.length to `default`. */
  | { kind: 'switch'; targets: number[]; default: number }
  /** Return or unreachable: no successors. */
  | { kind: 'exit' };

export interface StructInput {
  entry: number;
  term(b: number): Terminator;
}

/** One CFG edge; `index` says which successor of `from` it is (see Terminator). */
export interface Edge {
  from: number;
  to: number;
  index: number;
}

/**
 * Structured control. Sequences (SNode[]) run in order. Invariants that structure() guarantees
 * and verifyStructured() checks:
 * - `code b` is immediately followed, in the same sequence, by the node that ends b: `exit b`,
 *   `if b` (branch), a `br`/`fallthrough` of b's edge (jump), or, for a switch, the landing
 *   blocks whose innermost body is `code b` followed by `br_table b`.
 * - Every edge out of a reachable block appears exactly once, as `br` or `fallthrough`; the
 *   code generator emits the edge's parallel copies (target's block arguments) there.
 * - Nothing follows `br`, `br_table` or `exit` in a sequence. Depths count enclosing
 *   block/loop/if labels from 0 (innermost), as wasm's `br` does, and are in range.
 * - Control never reaches the end of the top-level sequence; but a wasm validator still treats
 *   the end as reachable when the last node is a block/loop/if: see `endReachable`.
 */
export type SNode =
  /** The block's body without its terminator. */
  | { kind: 'code'; block: number }
  /** wasm `block` with empty type; `br` to it continues after its end. */
  | { kind: 'block'; body: SNode[] }
  /** wasm `loop` with empty type; `br` to it restarts the body (at the header's code). */
  | { kind: 'loop'; header: number; body: SNode[] }
  /** wasm `if` on `block`'s branch condition (true: `then`, false: `else`); it is a label too. */
  | { kind: 'if'; block: number; then: SNode[]; else: SNode[] }
  /** Edge copies, then `br depth`. */
  | { kind: 'br'; depth: number; edge: Edge }
  /** Edge copies only: control then falls through to the edge's target. */
  | { kind: 'fallthrough'; edge: Edge }
  /**
   * `br_table` on `block`'s switch index: index i < depths.length goes to depths[i], any other
   * index to `default`. Each depth names an empty landing block whose end holds that edge's
   * `br`/`fallthrough`, so every switch edge gets its own place for its copies.
   */
  | { kind: 'br_table'; block: number; depths: number[]; default: number }
  /** Return / unreachable: codegen emits the block's exit instruction. */
  | { kind: 'exit'; block: number };
