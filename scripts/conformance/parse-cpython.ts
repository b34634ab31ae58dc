// Shared by the parse conformance/bench scripts: finding CPython 3.12's standard library, and
// running one CPython process that reports, for every file, the sha1 of
// ast.dump(ast.parse(src), include_attributes=True) or the SyntaxError it raises.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PYTHON_ENV = { ...process.env, PYENV_VERSION: '3.12.1' };

export function stdlibDir(): string {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    env: PYTHON_ENV, encoding: 'utf8',
  }).trim();
}

/** Every .py file under `dir` (sorted, relative paths), skipping site-packages. */
export function pyFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (name === 'site-packages' || name === '__pycache__') continue;
        walk(p, r);
      } else if (name.endsWith('.py')) out.push(r);
    }
  };
  walk(dir, '');
  return out;
}

export interface CPythonResult {
  /** sha1 of the dump, when CPython parses the file. */
  h?: string;
  /** The error CPython raises: [type, msg, lineno, offset]. */
  e?: [string, string, number | null, number | null];
}

const HELPER = String.raw`
import ast, sys, hashlib, json, warnings
warnings.simplefilter('ignore')
sys.setrecursionlimit(100000)
root = sys.argv[1]
mode = sys.argv[2]
for rel in sys.stdin.read().split('\n'):
    if not rel:
        continue
    with open(root + '/' + rel, 'rb') as f:
        src = f.read()
    try:
        tree = ast.parse(src, rel)
        d = ast.dump(tree, include_attributes=True, indent=(1 if mode == 'dump' else None))
        if mode == 'dump':
            sys.stdout.write(json.dumps({'f': rel, 'd': d}) + '\n')
        else:
            sys.stdout.write(json.dumps({'f': rel, 'h': hashlib.sha1(d.encode('utf-8', 'surrogatepass')).hexdigest()}) + '\n')
    except SyntaxError as e:
        sys.stdout.write(json.dumps({'f': rel, 'e': [type(e).__name__, e.msg, e.lineno, e.offset]}) + '\n')
    except (ValueError, MemoryError, RecursionError) as e:
        sys.stdout.write(json.dumps({'f': rel, 'e': [type(e).__name__, str(e), None, None]}) + '\n')
`;

/** Runs CPython once over `files`; mode 'hash' gives sha1s, 'dump' gives indented dumps. */
export function runCPython(root: string, files: string[], mode: 'hash' | 'dump'): Map<string, CPythonResult & { d?: string }> {
  const r = spawnSync('python3', ['-c', HELPER, root, mode], {
    env: PYTHON_ENV, input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`CPython helper failed: ${r.stderr}`);
  const out = new Map<string, CPythonResult & { d?: string }>();
  for (const line of r.stdout.split('\n')) {
    if (!line) continue;
    const j = JSON.parse(line) as { f: string } & CPythonResult & { d?: string };
    out.set(j.f, j);
  }
  return out;
}
