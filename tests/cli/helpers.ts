/** Helpers for the CLI tests: run the built CLI (`node bin/tspy.js`) in a temp tree. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'tspy.js');

/** Is the CLI built (dist/cli/main.js and the stages it needs)? */
export function cliBuilt(): boolean {
  return ['dist/cli/main.js', 'dist/cli/run.js', 'dist/vm/run.js', 'dist/compiler/index.js'].every((f) => fs.existsSync(path.join(ROOT, f)));
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run `tspy ARGS` in `cwd`. Environment variables starting with TSPY_ are
 * cleared unless given; the compiler build id is pinned so that a rebuild of
 * dist/ by someone else during the run does not invalidate the caches under test.
 */
export function tspy(args: string[], cwd: string, env: Record<string, string> = {}): Result {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('TSPY_')) e[k] = v;
  e.TSPY_COMPILER_BUILD_ID = '7';
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...e, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Create a temp dir with `files` (path → content). */
export function makeTree(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-cli-')));
  for (const [p, text] of Object.entries(files)) {
    const full = path.join(dir, p);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

/** All files under `dir` (relative paths, sorted). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const full = path.join(d, n);
      const r = rel ? `${rel}/${n}` : n;
      if (fs.statSync(full).isDirectory()) walk(full, r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out;
}

/** The `-v` lines of a run, as `name: kind` (kind: cache | compiled(reason-kind) | built-in). */
export function verboseSummary(stderr: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split('\n')) {
    let m = /^# (\S+): from cache /.exec(line);
    if (m) {
      out.push(`${m[1]}: cache`);
      continue;
    }
    m = /^# (\S+): compiled \S+ \((.*?)\);/.exec(line);
    if (m) out.push(`${m[1]}: compiled (${m[2]})`);
  }
  return out;
}
