// What the compiler's modules are, cheaply: the names (from dist/), sizes and modification times
// of dist/src's .js files. The bundle (src/cli/bundle.ts) runs only when they are what it was made
// from, and the precompiled runtime (artifact.ts sourceStamp) is used without hashing the sources
// when they are what it was built from. Both compare this one string, made by this one function
// (the bundle runs its own copy of this module), once per `keel build`: plain string joins, since
// this runs in every process before anything is compiled (path.join per file was a few ms).
import { readdirSync, statSync } from 'node:fs';
import { sep } from 'node:path';

export function distStamp(dist: string): string {
  const names: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(`${dist}${sep}${rel}`, { withFileTypes: true })) {
      const p = `${rel}${sep}${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) names.push(p);
    }
  };
  walk('src');
  names.sort();
  let out = '';
  for (const f of names) {
    const st = statSync(`${dist}${sep}${f}`);
    out += `${out ? '|' : ''}${sep === '/' ? f : f.split(sep).join('/')}:${st.size}:${st.mtimeMs}`;
  }
  return out;
}
