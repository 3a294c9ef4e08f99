/**
 * The `tspy` command-line program (commander). Each command lives in its own
 * file `src/cli/<command>.ts` exporting `register(program)`; they are loaded
 * here so that a warm `tspy run` never pays for modules it does not use.
 *
 * Contract (DESIGN.md): run, compile, watch, dis, ast, tokenize, cache.
 */
import type { Command } from 'commander';

/** The command modules, in the order `tspy --help` lists them. */
const COMMANDS = ['run', 'compile', 'watch', 'dis', 'ast', 'tokenize', 'cache'] as const;

interface CommandModule {
  register(program: Command): void;
}

/** Load one command module; a command whose module is absent from this build is simply not offered. */
async function loadCommand(name: string): Promise<CommandModule | null> {
  try {
    return (await import(`./${name}.js`)) as CommandModule;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(`${name}.js`)) return null;
    throw e;
  }
}

/**
 * Entry point used by bin/tspy.js. `argv` is `process.argv.slice(2)`.
 * Exits the process with the command's status; an internal error prints one
 * line to stderr (never a JS stack trace unless TSPY_DEBUG is set) and exits 70.
 */
export async function main(argv: string[]): Promise<void> {
  try {
    const { Command } = await import('commander');
    const program = new Command();
    program
      .name('tspy')
      .description('Python 3.11 on Node.js: compile to CPython 3.11 bytecode, cache in __pycache__, run on a stack VM')
      .version('0.1.0')
      .enablePositionalOptions();
    // `tspy run` is the hot path: register only it when it is the command.
    const wanted = argv[0] && (COMMANDS as readonly string[]).includes(argv[0]) ? [argv[0]] : [...COMMANDS];
    for (const name of wanted) {
      const mod = await loadCommand(name);
      mod?.register(program);
    }
    if (argv[0] === 'watch') {
      // The rerun program's own arguments may start with dashes: keep them from commander.
      const { splitRunArgs, setProgramArgs } = await import('./watch.js');
      const split = splitRunArgs(argv);
      setProgramArgs(split.programArgs);
      argv = split.argv;
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (process.env.TSPY_DEBUG) console.error(e);
    else process.stderr.write(`tspy: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 70;
  }
}

/**
 * `tspy run ARGS` without commander: bin/tspy.js's fast path for the bundle.
 * The run command parses its own arguments (parseRunArgs), and loading
 * commander (which pulls in child_process, net and streams) is a tenth of a
 * short program's run. Same exit statuses and internal-error rule as `main`.
 */
export async function mainRun(runArgv: string[]): Promise<void> {
  try {
    const { runCommand } = await import('./run.js');
    process.exitCode = await runCommand(runArgv);
  } catch (e) {
    if (process.env.TSPY_DEBUG) console.error(e);
    else process.stderr.write(`tspy: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 70;
  }
}
