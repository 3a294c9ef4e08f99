/**
 * `tspy run [-v] [-B] [--cache-prefix DIR] (FILE.py | FILE.pyc | -c CODE | -m MOD) [ARGS...]`:
 * run a program like `python3`. Options are parsed by hand (as CPython's
 * command line is): everything after FILE, `-c CODE` or `-m MOD` belongs to
 * the program's sys.argv, including things that look like options.
 */
import type { Command } from 'commander';
import * as path from 'node:path';

/** The parsed `run` command line. */
export interface RunArgs {
  verbose: boolean;
  dontWriteBytecode: boolean;
  cachePrefix: string | null;
  mode: 'file' | 'command' | 'module' | null;
  target: string | null;
  args: string[];
  help: boolean;
  error: string | null;
}

const USAGE = `usage: tspy run [-v] [-B] [--cache-prefix DIR] (FILE | -c CODE | -m MOD) [ARGS...]

Run a Python program (like python3), compiling modules into __pycache__.

  FILE                 a .py source file, or a .pyc cache file (run without its source)
  -c CODE              program passed in as a string
  -m MOD               run library module MOD as a script
  -v                   print one line per module: taken from the cache or compiled, and why
  -B                   don't write cache files (also TSPY_DONTWRITEBYTECODE=1)
  --cache-prefix DIR   keep cache files in a mirror tree under DIR (also TSPY_PYCACHEPREFIX)
  -h, --help           show this help

Environment: TSPY_PATH (extra module directories, like PYTHONPATH),
TSPY_DONTWRITEBYTECODE, TSPY_PYCACHEPREFIX, TSPY_COMPILER_BUILD_ID.
`;

/** Parse the arguments after `run`. Never throws. */
export function parseRunArgs(argv: string[]): RunArgs {
  const r: RunArgs = { verbose: false, dontWriteBytecode: false, cachePrefix: null, mode: null, target: null, args: [], help: false, error: null };
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--cache-prefix' || a.startsWith('--cache-prefix=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) return { ...r, error: 'argument --cache-prefix expects a directory' };
      r.cachePrefix = v;
      i++;
      continue;
    }
    if (a === '--help') {
      r.help = true;
      return r;
    }
    if (a.length > 1 && a[0] === '-' && a[1] !== '-') {
      // Short options may be combined (-vB), and -c/-m take the rest of the word or the next argument.
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'v') r.verbose = true;
        else if (c === 'B') r.dontWriteBytecode = true;
        else if (c === 'h') {
          r.help = true;
          return r;
        } else if (c === 'c' || c === 'm') {
          const rest = a.slice(j + 1);
          const v = rest !== '' ? rest : argv[++i];
          if (v === undefined) return { ...r, error: `Argument expected for the -${c} option` };
          r.mode = c === 'c' ? 'command' : 'module';
          r.target = v;
          r.args = argv.slice(i + 1);
          return r;
        } else return { ...r, error: `Unknown option: -${c}` };
      }
      i++;
      continue;
    }
    if (a.startsWith('--')) return { ...r, error: `unknown option ${a}` };
    break;
  }
  if (i < argv.length) {
    r.mode = 'file';
    r.target = argv[i];
    r.args = argv.slice(i + 1);
  }
  return r;
}

/** Add the `run` command to the program. */
export function register(program: Command): void {
  program
    .command('run')
    .description('run a Python program (FILE.py, FILE.pyc, -c CODE or -m MOD), like python3')
    .usage('[-v] [-B] [--cache-prefix DIR] (FILE | -c CODE | -m MOD) [ARGS...]')
    .helpOption(false)
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .passThroughOptions(true)
    .argument('[argv...]')
    .action(async (argv: string[]) => {
      process.exitCode = await runCommand(argv);
    });
}

/** The command itself; returns the exit status (CPython's). */
export async function runCommand(argv: string[]): Promise<number> {
  const a = parseRunArgs(argv);
  if (a.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (a.error) {
    process.stderr.write(`tspy run: ${a.error}\n${USAGE}`);
    return 2;
  }
  if (!a.mode || a.target === null) {
    process.stderr.write(`tspy run: nothing to run (interactive mode is not supported)\n${USAGE}`);
    return 2;
  }
  const { initCache } = await import('../cache/init.js');
  const { cacheOptionsFromEnv } = await import('../cache/pycache.js');
  try {
    await initCache();
  } catch (e) {
    process.stderr.write(`tspy: cannot start: ${(e as Error)?.message ?? String(e)}\n`);
    return 1;
  }
  const { runMainFile, runMainSource, runMainModule } = await import('../importer/runmain.js');
  const fs = await import('node:fs');
  const env = cacheOptionsFromEnv();
  const cache = {
    dontWriteBytecode: a.dontWriteBytecode || env.dontWriteBytecode,
    pycachePrefix: a.cachePrefix !== null ? path.resolve(a.cachePrefix) : env.pycachePrefix,
    verbose: a.verbose
      ? (line: string) => {
          try {
            fs.writeSync(2, line + '\n');
          } catch {
            // stderr closed
          }
        }
      : null,
  };
  switch (a.mode) {
    case 'file':
      return runMainFile(a.target, a.args, { cache });
    case 'command':
      return runMainSource(a.target, a.args, { cache });
    case 'module':
      return runMainModule(a.target, a.args, { cache });
  }
}
