// Readable text form of a structured tree, for tests, snapshots and --dump output. One node per
// line, two spaces per nesting level; an edge prints as `bF->bT`, with `#i` when it is not the
// block's first successor.
import type { Edge, SNode } from './types.js';

export function printStructured(nodes: readonly SNode[]): string {
  const lines: string[] = [];
  print(nodes, '', lines);
  return lines.join('\n') + '\n';
}

function edgeText(e: Edge): string {
  return `b${e.from}->b${e.to}${e.index === 0 ? '' : ` #${e.index}`}`;
}

function print(nodes: readonly SNode[], indent: string, out: string[]): void {
  const inner = indent + '  ';
  for (const n of nodes) {
    switch (n.kind) {
      case 'code':
        out.push(`${indent}code b${n.block}`);
        break;
      case 'block':
        out.push(`${indent}block`);
        print(n.body, inner, out);
        out.push(`${indent}end`);
        break;
      case 'loop':
        out.push(`${indent}loop b${n.header}`);
        print(n.body, inner, out);
        out.push(`${indent}end`);
        break;
      case 'if':
        out.push(`${indent}if b${n.block}`);
        print(n.then, inner, out);
        out.push(`${indent}else`);
        print(n.else, inner, out);
        out.push(`${indent}end`);
        break;
      case 'br':
        out.push(`${indent}br ${n.depth} ${edgeText(n.edge)}`);
        break;
      case 'fallthrough':
        out.push(`${indent}fallthrough ${edgeText(n.edge)}`);
        break;
      case 'br_table':
        out.push(`${indent}br_table b${n.block} [${n.depths.join(' ')}] default ${n.default}`);
        break;
      case 'exit':
        out.push(`${indent}exit b${n.block}`);
        break;
    }
  }
}
