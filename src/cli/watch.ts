/**
 * `tspy watch PATH... [--run FILE [ARGS...]]`: compile the trees once, then
 * recompile each added or changed `.py` file as it changes (chokidar,
 * debounced, so editors that save by writing a temp file and renaming it are
 * seen as one change), remove the cache file of a deleted source, print each
 * SyntaxError and keep watching. With `--run`, rerun the program after every
 * rebuild without errors, stopping a run still in progress; each run is a
 * fresh process, started ahead of time as a warm standby (watch_runner.ts).
 *
 * chokidar reports the first change of a file and drops the ones that follow
 * within 50 ms; a save still being written when the debounce ends would be
 * compiled half-written and its end never seen. So each rebuilt file is
 * checked again once that window has passed and rebuilt if it changed since.
 *
 * One line per rebuild: `[watch] compiled 2 files in 4 ms: a.py, pkg/b.py`.
 */
import type { Command } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileAll, formatCompileError } from '../cache/compileall.js';
import type { InvalidationMode } from '../cache/format.js';
import { initCache } from '../cache/init.js';
import { cachePathFor, cacheOptionsFromEnv, compileFileToCache } from '../cache/pycache.js';
import { Runner } from './watch_runner.js';

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
  /** After a run starts, how long before the next standby process is started, in ms (default 0). */
  standbyDelayMs?: number;
}

/** How long after a rebuild its files are checked for a change chokidar may have dropped, in ms. */
const SETTLE_MS = 60;

/** A running watch session; `close()` stops watching and any run in progress. */
export interface WatchSession {
  ready: Promise<void>;
  close(): Promise<void>;
}

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
  let closed = false;
  let watcher: import('chokidar').FSWatcher | null = null;
  const runner = opts.run && opts.run.length > 0 ? new Runner(opts.run, { log, standbyDelayMs: opts.standbyDelayMs }) : null;
  /** The bytes each file had when last rebuilt, for the settle check. */
  const built = new Map<string, Buffer | null>();
  let settleTimer: NodeJS.Timeout | null = null;

  const rerun = (): void => {
    if (runner && !closed) void runner.start();
  };

  const readOrNull = (file: string): Buffer | null => {
    try {
      return fs.readFileSync(file);
    } catch {
      return null;
    }
  };

  /** Queue again every file rebuilt earlier whose bytes have changed since (a change chokidar dropped). */
  const settle = (): void => {
    settleTimer = null;
    if (closed) return;
    for (const [file, bytes] of built) {
      const now = readOrNull(file);
      if (now !== null && (bytes === null || !now.equals(bytes)) && !pending.has(file)) queue('change')(file);
    }
    built.clear();
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
      // Read before the compile reads it: if the file changes after this, the settle check sees it.
      built.set(file, readOrNull(file));
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
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, SETTLE_MS);
  };

  const queue = (what: 'change' | 'unlink') => (file: string) => {
    if (!file.endsWith('.py') || file.split(path.sep).includes('__pycache__')) return;
    pending.set(path.resolve(file), what);
    if (timer) clearTimeout(timer);
    timer = setTimeout(rebuild, debounceMs);
  };

  const ready = (async () => {
    // The first standby loads the runtime while the initial build runs.
    runner?.prepare();
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
      if (settleTimer) clearTimeout(settleTimer);
      await Promise.all([runner?.close(), watcher?.close()]);
    },
  };
}

/**
 * `tspy watch PATH... --run FILE ARGS...`: everything after FILE belongs to
 * the program, dashes included (`--run main.py -v`), but commander ends a
 * variadic option at the first dash argument. Returns the argv for commander
 * (ending at FILE) and the program's own arguments.
 */
export function splitRunArgs(argv: readonly string[]): { argv: string[]; programArgs: string[] } {
  const i = argv.indexOf('--run');
  if (i < 0 || i + 1 >= argv.length) return { argv: [...argv], programArgs: [] };
  return { argv: argv.slice(0, i + 2), programArgs: argv.slice(i + 2) };
}

/** The program arguments `main` split off before commander parsed (see splitRunArgs). */
let programArgs: string[] = [];

/** Set the program arguments split off the command line (main calls this before parsing). */
export function setProgramArgs(args: string[]): void {
  programArgs = args;
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
        run: o.run ? [...o.run, ...programArgs] : null,
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
