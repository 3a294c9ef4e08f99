/**
 * `tspy watch --run`'s runs, driven by real file changes: every run is a fresh
 * interpreter in a process of its own (started ahead of time as a standby)
 * with the program's argv, the watch's cwd and stdio; a run still in progress
 * is stopped before the next starts; each exit status is reported; no process
 * outlives the watch. Also the settle check: a save chokidar only half saw is
 * rebuilt once it is complete. Runs the built CLI (and dist/cli/watch_runner.js).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { Output } from './output.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/tspy.js');
const built = existsSync(join(root, 'dist/cli/main.js'));

let proc: ChildProcessWithoutNullStreams | null = null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dirs: string[] = [];
/** A new temporary directory, removed after the test. */
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  // SIGTERM lets the watch stop its run (a run blocked in time.sleep cannot see its watch vanish).
  const p = proc;
  proc = null;
  if (p && p.exitCode === null && p.signalCode === null) {
    const hard = setTimeout(() => p.kill('SIGKILL'), 5000);
    await new Promise((r) => (p.once('exit', r), p.kill('SIGTERM')));
    clearTimeout(hard);
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Start `tspy watch DIR ARGS...` in DIR, its stdout and stderr collected in one Output. */
function watch(dir: string, args: string[]): { out: Output; proc: ChildProcessWithoutNullStreams } {
  proc = spawn(process.execPath, [bin, 'watch', dir, ...args], { cwd: dir });
  const out = new Output();
  proc.stdout.on('data', (d) => out.feed(String(d)));
  proc.stderr.on('data', (d) => out.feed(String(d)));
  return { out, proc };
}

/** Is `pid` a running process (not gone, not a zombie)? Linux /proc. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The pids of `pid`'s children (Linux /proc). */
function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function until(cond: () => boolean, what: string, ms = 30000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(20);
  }
}

describe.skipIf(!built)('tspy watch --run: runs', () => {
  it('gives every run a fresh interpreter with argv, cwd and stdin, and reports each exit status', async () => {
    const dir = realpathSync(tempDir('tspy-watch-runs-'));
    writeFileSync(
      join(dir, 'main.py'),
      [
        'import os, sys, helper',
        'line = input()',
        'print("run", helper.VALUE, "fresh", "watch_marker" not in sys.modules, helper.STATE, sys.argv[1:], os.getcwd(), os.getpid(), line)',
        'sys.modules["watch_marker"] = sys',
        'helper.STATE.append(1)',
        'sys.exit(helper.CODE)',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 1\nCODE = 0\nSTATE = []\n');
    const { out, proc: p } = watch(dir, ['--debounce', '20', '--run', join(dir, 'main.py'), 'a', '-v', '--x=1', 'b c']);
    const seen = new Set<number>();
    const expectRun = async (value: number, code: number, line: string, mark: number) => {
      p.stdin.write(line + '\n');
      const re = new RegExp(`run ${value} fresh True \\[\\] \\['a', '-v', '--x=1', 'b c'\\] ${dir} (\\d+) ${line}\\n`);
      await out.waitFor(re, mark);
      await out.waitFor(new RegExp(`\\[watch\\] .*main\\.py exited with status ${code}\\n`), mark);
      const pid = Number(re.exec(out.text.slice(mark))![1]);
      expect(seen.has(pid)).toBe(false);
      seen.add(pid);
    };
    await out.waitFor(/initial build: 2 compiled/);
    await expectRun(1, 0, 'first', 0);
    await sleep(300); // chokidar arms after the initial build

    let mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 2\nCODE = 3\nSTATE = []\n');
    await out.waitFor(/compiled 1 file/, mark);
    await expectRun(2, 3, 'second', mark);

    await sleep(200);
    mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 3\nCODE = 0\nSTATE = []\n');
    await out.waitFor(/compiled 1 file/, mark);
    await expectRun(3, 0, 'third', mark);
    // One line per run, in order.
    expect(out.text.match(/^run \d/gm)).toEqual(['run 1', 'run 2', 'run 3']);
  }, 60000);

  it('stops a run still in progress before the next one starts', async () => {
    const dir = tempDir('tspy-watch-runs-');
    writeFileSync(join(dir, 'main.py'), 'import os, time, helper\nprint("started", helper.VALUE, os.getpid(), flush=True)\ntime.sleep(60)\nprint("finished", helper.VALUE)\n');
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 1\n');
    const { out } = watch(dir, ['--debounce', '20', '--run', join(dir, 'main.py')]);
    await out.waitFor(/started 1 \d+\n/);
    const first = Number(/started 1 (\d+)/.exec(out.text)![1]);
    await sleep(300);
    const mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 2\n');
    await out.waitFor(/started 2 \d+\n/, mark);
    // The old run was gone before the new one printed anything.
    expect(running(first)).toBe(false);
    expect(out.text).not.toMatch(/finished|exited with status/);
  }, 60000);

  it.skipIf(process.platform !== 'linux')('stops the run and the standby when the watch is stopped', async () => {
    const dir = tempDir('tspy-watch-runs-');
    writeFileSync(join(dir, 'main.py'), 'import time\nprint("up", flush=True)\ntime.sleep(60)\n');
    const { out, proc: p } = watch(dir, ['--run', join(dir, 'main.py')]);
    await out.waitFor(/up\n/);
    await until(() => children(p.pid!).length === 2, 'a run and a standby');
    const kids = children(p.pid!);
    p.kill('SIGTERM');
    await until(() => kids.every((k) => !running(k)), `children ${kids} gone`);
  }, 60000);

  it.skipIf(process.platform !== 'linux')('leaves no standby behind when the watch is killed', async () => {
    const dir = tempDir('tspy-watch-runs-');
    writeFileSync(join(dir, 'main.py'), 'print("up")\n');
    const { out, proc: p } = watch(dir, ['--run', join(dir, 'main.py')]);
    await out.waitFor(/exited with status 0/);
    // The run is over; what is left is the next standby, waiting.
    await until(() => children(p.pid!).length === 1, 'one standby');
    const kids = children(p.pid!);
    p.kill('SIGKILL');
    await until(() => kids.every((k) => !running(k)), `standby ${kids} gone`);
  }, 60000);

  it('reruns after saves by rename (write a temp file, rename it over the source) and by backup-and-write', async () => {
    const dir = tempDir('tspy-watch-runs-');
    writeFileSync(join(dir, 'main.py'), 'import helper\nprint("value", helper.VALUE)\n');
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 1\n');
    const { out } = watch(dir, ['--debounce', '20', '--run', join(dir, 'main.py')]);
    await out.waitFor(/value 1\n/);
    await sleep(300);
    let mark = out.text.length;
    writeFileSync(join(dir, '.helper.py.tmp'), 'VALUE = 2\n');
    renameSync(join(dir, '.helper.py.tmp'), join(dir, 'helper.py'));
    await out.waitFor(/value 2\n/, mark);
    await sleep(300);
    mark = out.text.length;
    // vim's way: move the original aside, write a new file, delete the backup.
    renameSync(join(dir, 'helper.py'), join(dir, 'helper.py~'));
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 3\n');
    rmSync(join(dir, 'helper.py~'));
    await out.waitFor(/value 3\n/, mark);
    await out.waitFor(/exited with status 0\n/, mark);
    expect(out.text.slice(mark)).not.toMatch(/removed|Error/);
  }, 60000);

  it('reports an uncaught exception with its traceback and status 1, and keeps watching', async () => {
    const dir = tempDir('tspy-watch-runs-');
    writeFileSync(join(dir, 'main.py'), 'import helper\nprint("value", 10 // helper.VALUE)\n');
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 1\n');
    const { out } = watch(dir, ['--debounce', '20', '--run', join(dir, 'main.py')]);
    await out.waitFor(/value 10\n/);
    await sleep(300);
    let mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 0\n');
    await out.waitFor(/Traceback \(most recent call last\):\n[^]*ZeroDivisionError: integer division or modulo by zero\n/, mark);
    await out.waitFor(/exited with status 1\n/, mark);
    await sleep(300);
    mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 5\n');
    await out.waitFor(/value 2\n/, mark);
  }, 60000);

  it('rebuilds a file whose save ended after the change chokidar reported', async () => {
    const dir = tempDir('tspy-watch-runs-');
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 1\n');
    const { out } = watch(dir, ['--debounce', '5']);
    await out.waitFor(/initial build: 1 compiled/);
    await sleep(300);
    const mark = out.text.length;
    // A save in two parts: the first half is seen and compiled (a SyntaxError) after the
    // 5 ms debounce; chokidar drops the event of the second, which comes within its 50 ms window.
    writeFileSync(join(dir, 'helper.py'), 'VALUE = (\n');
    await sleep(25);
    writeFileSync(join(dir, 'helper.py'), 'VALUE = (\n  2)\n');
    await out.waitFor(/\[watch\] compiled 1 file in [\d.]+ ms: .*helper\.py/, mark);
  }, 60000);
});

describe.skipIf(!built || process.platform !== 'linux')('watch Runner', () => {
  it('waits for the stopped run even when a second start() comes while the first still waits', async () => {
    const { Runner } = (await import(join(root, 'dist/cli/watch_runner.js'))) as typeof import('../../src/cli/watch_runner.js');
    const dir = tempDir('tspy-watch-runner-');
    const log = join(dir, 'runs.log');
    writeFileSync(join(dir, 'main.py'), 'import os, sys, time\nwith open(sys.argv[1], "a") as f:\n    f.write(f"start {os.getpid()}\\n")\ntime.sleep(60)\n');
    const lines = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
    const runner = new Runner([join(dir, 'main.py'), log], { log: () => undefined });
    try {
      await runner.start();
      await until(() => lines().length === 1, 'the first run');
      const first = Number(lines()[0].split(' ')[1]);
      await sleep(300); // well into its sleep
      const a = runner.start();
      const b = runner.start();
      await b;
      expect(running(first)).toBe(false);
      await a;
      await until(() => lines().length === 2, 'the second run');
      await sleep(500);
      // The first of the two starts was superseded: one run only.
      expect(lines().length).toBe(2);
    } finally {
      await runner.close();
    }
  }, 60000);
});
