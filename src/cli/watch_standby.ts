/**
 * The warm standby of `tspy watch --run`: a process started ahead of time as
 * `node dist/cli/watch_standby.js run FILE [ARGS...]` with an IPC channel. It
 * loads the runtime (the same bundle `tspy run` loads, or dist/cli/main.js
 * without it, as bin/tspy.js decides) and then waits. On the message
 * `{ cmd: 'run' }` it runs `tspy run FILE ARGS...` exactly as a fresh
 * `tspy run` process would: nothing of the program was loaded before, so
 * sys.modules, sys.argv and the interpreter are new; stdin, stdout, stderr and
 * the working directory are the watch process's (inherited at spawn); the
 * process's exit status is the program's.
 *
 * A standby never outlives its watch: when the IPC channel closes (the watch
 * exited or was killed), an idle standby exits with 0 and a run in progress is
 * ended with status 143, as if it had been sent SIGTERM.
 *
 * Only the launcher's work is moved ahead of the save; the program's own
 * modules are read from their caches when the run starts, after the rebuild.
 */
import { existsSync } from 'node:fs';

/** The message the watch process sends to start the run. */
export interface StandbyRunMessage {
  cmd: 'run';
}

/** What the runtime entry module exports (bundle or dist/cli/main.js). */
interface Entry {
  main(argv: string[]): Promise<void>;
}

const TSPY_BIN = new URL('../../bin/tspy.js', import.meta.url);
const bundle = new URL('./tspy.bundle.mjs', import.meta.url);
const entryUrl = !process.env.TSPY_NO_BUNDLE && existsSync(bundle) ? bundle.href : new URL('./main.js', import.meta.url).href;

// sys.orig_argv reads process.argv: make it the command line of `tspy run FILE ARGS...`.
process.argv[1] = TSPY_BIN.pathname;
const argv = process.argv.slice(2);
let running = false;

/** Print a start-up failure like main() does, never a JS stack trace unless TSPY_DEBUG is set. */
function internalError(e: unknown): void {
  if (process.env.TSPY_DEBUG) console.error(e);
  else process.stderr.write(`tspy: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  process.exitCode = 70;
}

// The external packages the run loads lazily are loaded now as well; loading a
// module runs no Python and keeps no per-run state. A failure is kept and
// reported when the run is asked for, as `tspy run` would report it.
const loaded: Promise<Entry | { error: unknown }> = import(entryUrl).then(
  async (m: Entry) => {
    await Promise.all([import('commander'), import('xxhash-wasm'), import('msgpackr')]).catch(() => undefined);
    return m;
  },
  (error: unknown) => ({ error }),
);

process.on('message', (msg: StandbyRunMessage) => {
  if (running || msg?.cmd !== 'run') return;
  running = true;
  // From now on the channel must not keep the process alive: it exits when the program is done.
  process.channel?.unref();
  void loaded.then((m) => ('error' in m ? internalError(m.error) : m.main(argv)));
});

process.on('disconnect', () => process.exit(running ? 143 : 0));
