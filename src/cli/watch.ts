/**
 * `tspy watch PATH... [--run FILE [ARGS...]]`: compile the trees once, then
 * recompile each added or changed `.py` file as it changes (chokidar,
 * debounced, so editors that save by writing a temp file and renaming it are
 * seen as one change), remove the cache file of a deleted source, print each
 * SyntaxError and keep watching. With `--run`, rerun the program after every
 * rebuild without errors, stopping a run still in progress.
 *
 * One line per rebuild: `[watch] compiled 2 files in 4 ms: a.py, pkg/b.py`.
 */
import type { Command } from 'commander';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileAll, formatCompileError } from '../cache/compileall.js';
import type { InvalidationMode } from '../cache/format.js';
import { initCache } from '../cache/init.js';
import { cachePathFor, cacheOptionsFromEnv, compileFileToCache } from '../cache/pycache.js';

/** Options of a watch session (also used by tests through `startWatch`). */
export interface WatchOptions {
  /** Program to rerun after each good rebuild, with its arguments. */
  run?: string[] | null;
  /** Quiet period after the last change before rebuilding, in ms (default 40). */
  debounceMs?: number;
  invalidationMode?: InvalidationMode;
  prefix?: string | null;
  /** Where status lines go (default stderr, so a rerun program's stdout stays clean). */
  log?: (line: string) => void;
}

/** A running watch session; `close()` stops watching and any run in progress. */
export interface WatchSession {
  ready: Promise<void>;
  close(): Promise<void>;
}

const TSPY_BIN = fileURLToPath(new URL('../../bin/tspy.js', import.meta.url));

/**
 * Start watching `paths` (files or directories). Resolves `ready` after the
 * initial compile and once the file watcher is armed.
 */
export function startWatch(paths: string[], opts: WatchOptions = {}): WatchSession {
  const log = opts.log ?? ((line: string) => void process.stderr.write(line + '\n'));
  const mode = opts.invalidationMode ?? 'checked-hash';
  const prefix = opts.prefix ?? null;
  const debounceMs = opts.debounceMs ?? 40;
  const pending = new Map<string, 'change' | 'unlink'>();
  let timer: NodeJS.Timeout | null = null;
  let child: ChildProcess | null = null;
  let closed = false;
  let watcher: import('chokidar').FSWatcher | null = null;

  const rerun = (): void => {
    if (!opts.run || opts.run.length === 0 || closed) return;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const [file, ...args] = opts.run;
    const proc = spawn(process.execPath, [TSPY_BIN, 'run', file, ...args], { stdio: 'inherit' });
    child = proc;
    proc.on('exit', (code, signal) => {
      if (child === proc && !closed && signal === null) log(`[watch] ${file} exited with status ${code}`);
    });
  };

  const rebuild = (): void => {
    timer = null;
    const started = process.hrtime.bigint();
    const compiled: string[] = [];
    const removed: string[] = [];
    let failed = 0;
    for (const [file, what] of pending) {
      if (what === 'unlink') {
        try {
          fs.rmSync(cachePathFor(file, prefix), { force: true });
        } catch {
          /* an unremovable cache file is revalidated against its source anyway */
        }
        removed.push(file);
        continue;
      }
      try {
        compileFileToCache(file, mode, prefix);
        compiled.push(file);
      } catch (e) {
        failed++;
        process.stderr.write(formatCompileError(e));
      }
    }
    pending.clear();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const rel = (f: string) => path.relative(process.cwd(), f) || f;
    const parts: string[] = [];
    if (compiled.length) parts.push(`compiled ${compiled.length} file${compiled.length === 1 ? '' : 's'}`);
    if (removed.length) parts.push(`removed ${removed.length} cache file${removed.length === 1 ? '' : 's'}`);
    if (failed) parts.push(`${failed} failed`);
    log(`[watch] ${parts.join(', ')} in ${ms.toFixed(1)} ms: ${[...compiled, ...removed].map(rel).join(', ')}`);
    if (failed === 0) rerun();
  };

  const queue = (what: 'change' | 'unlink') => (file: string) => {
    if (!file.endsWith('.py') || file.split(path.sep).includes('__pycache__')) return;
    pending.set(path.resolve(file), what);
    if (timer) clearTimeout(timer);
    timer = setTimeout(rebuild, debounceMs);
  };

  const ready = (async () => {
    await initCache();
    const result = compileAll(paths, { quiet: 1, invalidationMode: mode, prefix });
    log(`[watch] initial build: ${result.compiled} compiled, ${result.upToDate} up to date, ${result.failed} failed; watching ${paths.join(', ')}`);
    if (result.failed === 0) rerun();
    const { watch } = await import('chokidar');
    watcher = watch(paths, {
      ignoreInitial: true,
      ignored: (p: string) => p.split(path.sep).includes('__pycache__') || p.split(path.sep).includes('node_modules'),
    });
    watcher.on('add', queue('change')).on('change', queue('change')).on('unlink', queue('unlink'));
    await new Promise<void>((resolve) => watcher!.on('ready', () => resolve()));
  })();

  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (child && child.exitCode === null) child.kill('SIGTERM');
      await watcher?.close();
    },
  };
}

/** Register `tspy watch` on the commander program. */
export function register(program: Command): void {
  program
    .command('watch')
    .description('compile PATHs, then recompile files as they change (and rerun a program with --run)')
    .argument('<paths...>', 'files or directories to watch')
    .option('--run <file...>', 'program (and arguments) to rerun after each good rebuild')
    .option('--debounce <ms>', 'quiet period before a rebuild, in ms', '40')
    .option('--invalidation-mode <mode>', 'checked-hash, unchecked-hash or timestamp', 'checked-hash')
    .option('--cache-prefix <dir>', 'keep cache files in a mirror tree under DIR')
    .action(async (paths: string[], o: { run?: string[]; debounce: string; invalidationMode: InvalidationMode; cachePrefix?: string }) => {
      const env = cacheOptionsFromEnv();
      const session = startWatch(paths, {
        run: o.run ?? null,
        debounceMs: Number(o.debounce),
        invalidationMode: o.invalidationMode,
        prefix: o.cachePrefix ? path.resolve(o.cachePrefix) : env.pycachePrefix ?? null,
      });
      await session.ready;
      const stop = () => void session.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      await new Promise(() => {});
    });
}
