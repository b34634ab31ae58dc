// The filetest format and its matcher (Cranelift's filetests are the model). A filetest is IR
// text that starts with `test <pass> [<pass>...]`, holds the input module, and has directive
// comments matched, in order, against the printed output:
//   ; check: P    some line at or after the current position matches P
//   ; nextln: P   the line right after the previous match matches P
//   ; not: P      no line between the previous match and the next match (or the end) matches P
// P is literal text, searched for within a line; `{{re}}` inside it is a regular expression.
export type Directive = { kind: 'check' | 'nextln' | 'not'; pattern: string; regex: RegExp; lineNo: number };

export interface Filetest {
  passes: string[];
  /** The input IR (the `test` line blanked, so line numbers stay those of the file). */
  ir: string;
  directives: Directive[];
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function patternRegex(p: string): RegExp {
  let src = '';
  let rest = p;
  for (let i = rest.indexOf('{{'); i >= 0; i = rest.indexOf('{{')) {
    const j = rest.indexOf('}}', i + 2);
    if (j < 0) break;
    src += escapeRegex(rest.slice(0, i)) + '(?:' + rest.slice(i + 2, j) + ')';
    rest = rest.slice(j + 2);
  }
  return new RegExp(src + escapeRegex(rest));
}

export function parseFiletest(text: string): Filetest {
  const lines = text.split('\n');
  let passes: string[] | undefined;
  const directives: Directive[] = [];
  lines.forEach((line, k) => {
    const t = line.trim();
    if (passes === undefined && /^test\s/.test(t)) {
      passes = t.slice(5).trim().split(/\s+/);
      lines[k] = '';
      return;
    }
    const d = /^;\s*(check|nextln|not):\s?(.*)$/.exec(t);
    if (d) directives.push({ kind: d[1] as Directive['kind'], pattern: d[2].trimEnd(), regex: patternRegex(d[2].trimEnd()), lineNo: k + 1 });
  });
  if (!passes) throw new Error("a filetest starts with 'test <pass>'");
  if (!directives.some((d) => d.kind !== 'not')) throw new Error('a filetest needs at least one check: or nextln: line');
  return { passes, ir: lines.join('\n'), directives };
}

/** Matches the directives against `output`; returns undefined on success, else what failed. */
export function matchDirectives(output: string, directives: readonly Directive[]): string | undefined {
  const out = output.split('\n');
  let pos = 0; // the next line a check may match
  let regionStart = 0; // where the current `not:` region starts
  let nots: Directive[] = [];
  const failNot = (end: number): string | undefined => {
    for (const n of nots) {
      for (let k = regionStart; k < end; k++) if (n.regex.test(out[k])) return `line ${n.lineNo}: 'not: ${n.pattern}' matched output line ${k + 1}: ${out[k]}`;
    }
    nots = [];
    return undefined;
  };
  for (const d of directives) {
    if (d.kind === 'not') {
      nots.push(d);
      continue;
    }
    let at = -1;
    if (d.kind === 'nextln') {
      if (pos < out.length && d.regex.test(out[pos])) at = pos;
      else return `line ${d.lineNo}: 'nextln: ${d.pattern}' does not match output line ${pos + 1}: ${out[pos] ?? '<end>'}`;
    } else {
      for (let k = pos; k < out.length; k++) {
        if (d.regex.test(out[k])) {
          at = k;
          break;
        }
      }
      if (at < 0) return `line ${d.lineNo}: 'check: ${d.pattern}' not found after output line ${pos}`;
    }
    const e = failNot(at);
    if (e) return e;
    pos = at + 1;
    regionStart = pos;
  }
  return failNot(out.length);
}
