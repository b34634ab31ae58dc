// forEachField: the one way a generic AST walk visits a node's children.
//
// Nodes are plain data (ast.ts), so a for-in over a node sees exactly its own fields, in the
// order Object.entries gives them, without making an array of [key, value] pairs per node: the
// compiler runs on V8's baseline tier (bin/keel.js), where a walk of nbody's AST through
// Object.entries took ~4x as long as through for-in, and a program's AST is walked a dozen times
// before it is lowered.

/** Calls `visit` with each object-valued field of `node` (a child node or a list), '_type' aside. */
export function forEachField(node: object, visit: (value: object, key: string) => void): void {
  for (const key in node) {
    if (key === '_type') continue;
    const value = (node as Record<string, unknown>)[key];
    if (value !== null && typeof value === 'object') visit(value, key);
  }
}
