// process: starts a runtime's command line as a child process, either capturing its stdout and
// stderr or passing this process's stdio through, feeds stdin given up front, enforces a timeout
// and maps how the child ended to one exit code (a signal -> 128 + its number, as shells do).
import { spawn, type StdioOptions } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import type { Command } from './runtimes.js';

/** The exit code reported when a run is stopped for taking longer than its timeout (as timeout(1)). */
export const TIMEOUT_EXIT_CODE = 124;

export interface ChildRun {
  exitCode: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
}

export interface SpawnOptions {
  /** 'capture' collects stdout/stderr; 'inherit' passes them through to this process. */
  mode: 'capture' | 'inherit';
  /** Bytes written to the child's stdin, then closed; undefined: inherit (inherit mode) or empty. */
  stdin?: Uint8Array;
  timeoutMs?: number;
  /** Named in the notes added to stderr when the child is killed. */
  label: string;
}

/**
 * Runs a command to its end. Rejects only when the command cannot be started (ENOENT etc.);
 * a child that crashes or is killed resolves with a non-zero exit code and a note on stderr.
 */
export function spawnRun(cmd: Command, opts: SpawnOptions): Promise<ChildRun> {
  if (cmd.requestFile) writeFileSync(cmd.requestFile.path, cmd.requestFile.text);
  const cleanup = () => {
    if (cmd.requestFile) rmSync(cmd.requestFile.path, { force: true });
  };
  const capture = opts.mode === 'capture';
  const stdinMode = opts.stdin === undefined && !capture ? 'inherit' : 'pipe';
  const stdio: StdioOptions = [stdinMode, capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'];
  return new Promise<ChildRun>((done, fail) => {
    const child = spawn(cmd.file, cmd.args, { cwd: cmd.cwd, stdio, env: cmd.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    if (child.stdin) {
      // The program may exit without reading all of stdin: ignore EPIPE.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.stdin ?? new Uint8Array(0));
    }
    let timedOut = false;
    // When this thread was busy (e.g. compiling) as the time ran out, the child's end may be
    // waiting in the event loop behind the timer: give pending I/O one more second before
    // declaring a timeout, so a busy parent does not kill a child that already finished.
    let timer: NodeJS.Timeout | undefined =
      opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timer = setTimeout(() => {
              timedOut = true;
              child.kill('SIGKILL');
            }, 1000);
          }, opts.timeoutMs)
        : undefined;
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      cleanup();
      fail(e);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      cleanup();
      let exitCode = code ?? 0;
      let note = '';
      if (timedOut) {
        exitCode = TIMEOUT_EXIT_CODE;
        note = `keel: ${opts.label} timed out after ${opts.timeoutMs} ms and was killed\n`;
      } else if (signal) {
        exitCode = 128 + (constants.signals[signal] ?? 0);
        note = `keel: ${opts.label} was killed by ${signal}\n`;
      }
      if (note && !capture) process.stderr.write(note);
      if (note && capture) err.push(Buffer.from(note));
      done({ exitCode, stdout: concat(out), stderr: concat(err) });
    });
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(chunks));
}
