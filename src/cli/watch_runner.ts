/**
 * The runs of `tspy watch --run FILE [ARGS...]`. Each run is its own process,
 * as a `tspy run FILE ARGS...` started by hand would be, so every run gets a
 * fresh interpreter (sys.modules, sys.argv, globals); but the process is
 * started ahead of time: a warm standby (src/cli/watch_standby.ts) has Node
 * started and the runtime loaded, and is only told "run now" when a rebuild
 * succeeds. That moves Node's start-up and the bundle load (most of a run's
 * cost for a small program) out of the path from saving a file to the
 * program's output. The next standby is started as soon as the run is handed over.
 *
 * A run still in progress when the next one is asked for is stopped first
 * (SIGTERM, then SIGKILL after a grace period) and waited for, so the outputs
 * of two runs never interleave. The exit status of each run that ends by
 * itself is logged: `[watch] main.py exited with status 0`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StandbyReadyMessage, StandbyRunMessage } from './watch_standby.js';

/** The standby's entry: its single-file bundle, unless absent or TSPY_NO_BUNDLE is set (as bin/tspy.js decides for `tspy run`). */
function standbyEntry(): string {
  const bundle = fileURLToPath(new URL('./watch_standby.bundle.mjs', import.meta.url));
  return !process.env.TSPY_NO_BUNDLE && existsSync(bundle) ? bundle : fileURLToPath(new URL('./watch_standby.js', import.meta.url));
}

/** Settings of a `Runner`. */
export interface RunnerOptions {
  /** Where the status lines go. */
  log: (line: string) => void;
  /** After a run starts, how long to wait before starting the next standby, in ms (default 0: right after; sooner if the run ends). */
  standbyDelayMs?: number;
  /** How long a stopped run gets to exit after SIGTERM before SIGKILL, in ms (default 1000). */
  stopGraceMs?: number;
}

/** Is the process still running (not exited, not killed)? */
function alive(p: ChildProcess): boolean {
  return p.exitCode === null && p.signalCode === null;
}

/** Stop `p` (SIGTERM, then SIGKILL after `graceMs`) and resolve once it has exited. */
function stopProcess(p: ChildProcess, graceMs: number): Promise<void> {
  if (!alive(p)) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => p.kill('SIGKILL'), graceMs);
    p.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    p.kill('SIGTERM');
  });
}

/**
 * Runs `tspy run FILE ARGS...` on demand through warm standby processes.
 * `argv` is `[FILE, ...ARGS]`. Stdio and the working directory are the
 * current process's.
 */
export class Runner {
  private standby: ChildProcess | null = null;
  private current: ChildProcess | null = null;
  private generation = 0;
  private closed = false;
  private standbyTimer: NodeJS.Timeout | null = null;
  /**
   * Per standby: resolves true when it says it is listening (a message sent
   * before that would be lost), false if it exits first.
   */
  private readonly ready = new WeakMap<ChildProcess, Promise<boolean>>();
  /** Settles once every run asked to stop so far has exited. */
  private stopping: Promise<unknown> = Promise.resolve();
  private readonly standbyDelayMs: number;
  private readonly stopGraceMs: number;

  constructor(
    private readonly argv: string[],
    private readonly opts: RunnerOptions,
  ) {
    this.standbyDelayMs = opts.standbyDelayMs ?? 0;
    this.stopGraceMs = opts.stopGraceMs ?? 1000;
  }

  /** Start a standby now unless one is already waiting (idempotent). */
  prepare(): void {
    if (this.standbyTimer) clearTimeout(this.standbyTimer);
    this.standbyTimer = null;
    if (this.closed || (this.standby && alive(this.standby) && this.standby.connected)) return;
    const p = spawn(process.execPath, [standbyEntry(), 'run', ...this.argv], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    // A standby that dies before it is used is simply replaced by the next run.
    p.on('error', () => undefined);
    p.once('exit', () => {
      if (this.standby === p) this.standby = null;
    });
    this.ready.set(
      p,
      new Promise<boolean>((resolve) => {
        p.on('message', (m: StandbyReadyMessage) => m?.ready === true && resolve(true));
        p.once('exit', () => resolve(false));
      }),
    );
    this.standby = p;
  }

  /**
   * Stop the run in progress (if any) and start a new one. Resolves once the
   * old run has exited and the new one is handed to a standby (which runs it
   * as soon as it is loaded); a later `start()` or `close()` supersedes it.
   */
  async start(): Promise<void> {
    const gen = ++this.generation;
    const old = this.current;
    this.current = null;
    // A start() that comes while an earlier one still waits for its old run waits for that run too.
    if (old) this.stopping = Promise.all([this.stopping, stopProcess(old, this.stopGraceMs)]);
    await this.stopping;
    if (gen !== this.generation || this.closed) return;
    let p = this.standby;
    this.standby = null;
    if (!p || !alive(p) || !p.connected) {
      if (p) p.kill('SIGKILL');
      this.prepare();
      p = this.standby!;
      this.standby = null;
    }
    this.current = p;
    const file = this.argv[0];
    p.once('exit', (code, signal) => {
      if (this.current === p) {
        this.current = null;
        if (!this.closed && signal === null) this.opts.log(`[watch] ${file} exited with status ${code}`);
      }
      // The machine is free again: get the next standby ready now.
      if (!this.closed && !this.standby) this.prepare();
    });
    const msg: StandbyRunMessage = { cmd: 'run' };
    void this.ready.get(p)!.then((listening) => {
      // Not listening: it died while loading, and its exit (reported above) is the run's.
      if (!listening || this.current !== p || this.closed) return;
      p.send(msg, (err) => {
        // The standby died between the check and the message: start over with a new one.
        if (err && this.current === p && !this.closed) void this.start();
      });
    });
    // Start the next standby right after the message is out: it loads on another core while the run runs,
    // and the sooner it starts, the likelier it is ready for the next save.
    if (this.standbyTimer) clearTimeout(this.standbyTimer);
    this.standbyTimer = setTimeout(() => this.prepare(), this.standbyDelayMs);
  }

  /** Stop the run in progress and the standby; resolves when both have exited. */
  async close(): Promise<void> {
    this.closed = true;
    this.generation++;
    if (this.standbyTimer) clearTimeout(this.standbyTimer);
    const procs = [this.current, this.standby].filter((p): p is ChildProcess => p !== null);
    this.current = this.standby = null;
    await Promise.all(procs.map((p) => stopProcess(p, this.stopGraceMs)));
  }
}
