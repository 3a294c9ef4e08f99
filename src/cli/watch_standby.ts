/**
 * The warm standby of `tspy watch --run`: a process started ahead of time as
 * `node dist/cli/watch_standby.bundle.mjs run FILE [ARGS...]` (this file
 * bundled by scripts/bundle.mjs; dist/cli/watch_standby.js without the
 * bundle) with an IPC channel. Loading it evaluates the runtime's modules
 * (the object model's types, the native module table, the importer) and
 * instantiates the hasher; then it says `{ ready: true }` and waits (Node
 * drops a message that comes before its listener). On `{ cmd: 'run' }` it
 * runs `tspy run FILE ARGS...` (runCommand, as main() does for `run`) exactly
 * as a fresh `tspy run` process would:
 * no Python code ran before, so sys, sys.modules, builtins and the program's
 * globals are created for this run; stdin, stdout, stderr, the environment and
 * the working directory are the watch process's (inherited at spawn); the
 * process's exit status is the program's.
 *
 * A standby never outlives its watch: when the IPC channel closes (the watch
 * exited or was killed), an idle standby exits with 0 and a run in progress is
 * ended with status 143, as if it had been sent SIGTERM.
 */
import { fileURLToPath } from 'node:url';
// bundle.js links the compiler in, as in the bundle `tspy run` loads.
import './bundle.js';
import { initCache } from '../cache/init.js';
// Evaluated now rather than at the run's first import: module evaluation runs no Python.
import '../importer/runmain.js';
import { runCommand } from './run.js';

/** The message the watch process sends to start the run. */
export interface StandbyRunMessage {
  cmd: 'run';
}

/** The message the standby sends once it is loaded and listening (one sent earlier would be lost). */
export interface StandbyReadyMessage {
  ready: true;
}

// sys.orig_argv reads process.argv: make it the command line of `tspy run FILE ARGS...`.
process.argv[1] = fileURLToPath(new URL('../../bin/tspy.js', import.meta.url));
/** The arguments after `run`. */
const runArgs = process.argv.slice(3);
let running = false;

// The run awaits the same promise; a failure is reported by the run itself, as `tspy run` reports it.
initCache().catch(() => undefined);

/**
 * `tspy run ARGS...` as main() runs it, minus commander (which only hands the
 * arguments of `run` through, unparsed): the exit status of the program, and
 * an internal error as one line on stderr and status 70.
 */
async function run(args: string[]): Promise<void> {
  try {
    process.exitCode = await runCommand(args);
  } catch (e) {
    if (process.env.TSPY_DEBUG) console.error(e);
    else process.stderr.write(`tspy: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 70;
  }
}

process.on('message', (msg: StandbyRunMessage) => {
  if (running || msg?.cmd !== 'run') return;
  running = true;
  // From now on the channel must not keep the process alive: it exits when the program is done.
  process.channel?.unref();
  void run(runArgs);
});

process.on('disconnect', () => process.exit(running ? 143 : 0));

const ready: StandbyReadyMessage = { ready: true };
process.send?.(ready);
