/**
 * `tspy compile PATH...`: precompile files and trees into `__pycache__`, like
 * `python3 -m compileall` (see src/cache/compileall.ts). Exit status 1 when any
 * file failed to compile, 0 otherwise.
 */
import type { Command } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompileProgress } from '../cache/compile_tree.js';
import type { InvalidationMode } from '../cache/header.js';

const MODES = ['checked-hash', 'unchecked-hash', 'timestamp'];

/** Add the `compile` command to the program. */
export function register(program: Command): void {
  program
    .command('compile')
    .description('precompile Python files and directory trees into __pycache__ (like python -m compileall)')
    .argument('[paths...]', 'files and directories to compile')
    .option('-f, --force', 'force rebuild even if the cache files are up to date')
    .option('-q, --quiet', 'output only error messages; -qq suppresses errors as well', (_v: string, prev: number) => prev + 1, 0)
    .option('-l, --no-recursion', "don't recurse into subdirectories")
    .option('-r, --recursion-depth <n>', 'maximum depth of directories to recurse into (over -l)')
    .option('-x, --exclude <regex>', 'skip files matching the regular expression (searched in the full path)')
    .option('-i, --input-list <file>', 'also compile the files and directories listed in FILE, one per line ("-": stdin)')
    .option('-d, --destdir <dir>', 'record DIR instead of the real directory in the code (compile errors, tracebacks)')
    .option('-s, --stripdir <dir>', 'strip this leading part from the recorded file names (not with -d)')
    .option('-p, --prependdir <dir>', 'put DIR in front of the recorded file names, after -s (not with -d)')
    .option('-j, --workers <n>', 'compile with N worker threads (0: one per two CPUs)', '1')
    .option('--invalidation-mode <mode>', `how the caches are checked against their sources: ${MODES.join('|')}`, 'checked-hash')
    .option('--cache-prefix <dir>', 'write caches into a mirror tree under DIR (like PYTHONPYCACHEPREFIX)')
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      process.exitCode = await compileCommand(paths, opts);
    });
}

/**
 * The progress display of a run: a cli-progress bar on `stream` when it is a
 * terminal and the run is not quiet (`-q`), else null (pipes, files and test
 * output never see one). The bar is erased when the run ends, before the
 * summary is printed.
 */
export async function progressBar(stream: NodeJS.WriteStream, quiet: number): Promise<CompileProgress | null> {
  if (!stream.isTTY || quiet > 0) return null;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'compiling [{bar}] {value}/{total} files | {duration}s',
      clearOnComplete: true,
      hideCursor: true,
      barsize: 30,
    },
    cliProgress.Presets.legacy,
  );
  return {
    start: (total) => bar.start(total, 0),
    increment: (n) => bar.increment(n),
    stop: () => bar.stop(),
  };
}

/** The command itself; returns the exit status. */
export async function compileCommand(paths: string[], opts: Record<string, unknown>): Promise<number> {
  const mode = String(opts.invalidationMode ?? 'checked-hash');
  if (!MODES.includes(mode)) {
    process.stderr.write(`tspy compile: invalid --invalidation-mode '${mode}' (choose from ${MODES.join(', ')})\n`);
    return 2;
  }
  let exclude: RegExp | null = null;
  if (typeof opts.exclude === 'string') {
    try {
      exclude = new RegExp(opts.exclude);
    } catch (e) {
      process.stderr.write(`tspy compile: bad -x regular expression: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const workers = Number(opts.workers ?? 1);
  if (!Number.isInteger(workers) || workers < 0) {
    process.stderr.write('tspy compile: -j expects a non-negative integer\n');
    return 2;
  }
  let maxLevels = opts.recursion === false ? 0 : undefined;
  if (opts.recursionDepth !== undefined) {
    maxLevels = Number(opts.recursionDepth);
    if (!/^[+-]?\d+$/.test(String(opts.recursionDepth))) {
      process.stderr.write(`tspy compile: -r expects an integer, not '${String(opts.recursionDepth)}'\n`);
      return 2;
    }
  }
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const destDir = str(opts.destdir);
  if (destDir !== null && (opts.stripdir !== undefined || opts.prependdir !== undefined)) {
    process.stderr.write('tspy compile: -d cannot be used in combination with -s or -p\n');
    return 2;
  }
  const quiet = Number(opts.quiet ?? 0);
  paths = [...paths];
  if (typeof opts.inputList === 'string') {
    // compileall -i: each line, stripped, is one more path (after those on the command line).
    let text: string;
    try {
      text = fs.readFileSync(opts.inputList === '-' ? 0 : opts.inputList, 'utf8');
    } catch {
      if (quiet < 2) process.stdout.write(`Error reading file list ${opts.inputList}\n`);
      return 1;
    }
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) paths.push(line.trim());
  }
  if (paths.length === 0) {
    process.stderr.write('tspy compile: no files or directories to compile (name them, or list them with -i)\n');
    return 2;
  }
  // Only what a nothing-to-do run needs: the walk, the header check and the hasher;
  // the compiler, the codec and the worker pool are loaded by compile_tree.ts when a file needs compiling.
  const [{ compileTree }, { initHasher }] = await Promise.all([import('../cache/compile_tree.js'), import('../cache/hash.js')]);
  await initHasher();
  const envPrefix = process.env.TSPY_PYCACHEPREFIX;
  const prefix = typeof opts.cachePrefix === 'string' ? path.resolve(opts.cachePrefix) : envPrefix ? path.resolve(envPrefix) : null;
  let out = '';
  const flush = (): void => {
    process.stdout.write(out);
    out = '';
  };
  const res = await compileTree(paths, {
    workers,
    progress: await progressBar(process.stderr, quiet),
    force: !!opts.force,
    quiet,
    maxLevels,
    exclude,
    invalidationMode: mode as InvalidationMode,
    prefix,
    destDir,
    stripDir: str(opts.stripdir),
    prependDir: str(opts.prependdir),
    write: (t) => {
      out += t;
      if (out.length > 1 << 16) flush();
    },
    // Warnings go to stderr, after the messages printed before them.
    warn: (t) => {
      flush();
      process.stderr.write(t);
    },
  });
  if (quiet === 0) {
    out += `compiled ${res.compiled} file${res.compiled === 1 ? '' : 's'}, ${res.upToDate} up to date, ${res.failed} failed\n`;
  }
  process.stdout.write(out);
  return res.ok ? 0 : 1;
}
