/**
 * `tspy watch` driven by real file changes in a temporary tree: the initial
 * build, a change recompiled and rerun, a SyntaxError reported without
 * stopping, a deleted source's cache file removed. Runs the built CLI.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { Output } from './output.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/tspy.js');
const built = existsSync(join(root, 'dist/cli/main.js'));
if (!built) console.log('watch tests: skipped (run `npm run build` first)');

let proc: ChildProcessWithoutNullStreams | null = null;
/** Edits a person makes are far apart; chokidar drops a change whose mtime and size equal the last one it saw. */
const pause = (ms = 150) => new Promise((r) => setTimeout(r, ms));
afterEach(() => {
  proc?.kill('SIGKILL');
  proc = null;
});

describe.skipIf(!built)('tspy watch', () => {
  it('recompiles changed files, reruns, reports syntax errors and removes caches of deleted files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tspy-watch-'));
    writeFileSync(join(dir, 'main.py'), 'import helper\nprint("value", helper.VALUE)\n');
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 1\n');
    writeFileSync(join(dir, 'extra.py'), 'X = 0\n');
    proc = spawn(process.execPath, [bin, 'watch', dir, '--debounce', '30', '--run', join(dir, 'main.py')], { cwd: dir });
    const out = new Output();
    proc.stdout.on('data', (d) => out.feed(String(d)));
    proc.stderr.on('data', (d) => out.feed(String(d)));

    await out.waitFor(/initial build: 3 compiled, 0 up to date, 0 failed/);
    await out.waitFor(/value 1\n/);
    expect(existsSync(join(dir, '__pycache__', 'helper.tspy-311.pyc'))).toBe(true);
    // chokidar arms after the initial build; give it a moment before editing.
    await new Promise((r) => setTimeout(r, 300));

    let mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 2\n');
    await out.waitFor(/\[watch\] compiled 1 file in [\d.]+ ms: .*helper\.py/, mark);
    await out.waitFor(/value 2\n/, mark);

    await pause();
    mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = (\n');
    await out.waitFor(/SyntaxError: '\(' was never closed/, mark);
    await out.waitFor(/1 failed/, mark);

    await pause();
    mark = out.text.length;
    writeFileSync(join(dir, 'helper.py'), 'VALUE = 3\n');
    await out.waitFor(/value 3\n/, mark);

    await pause();
    mark = out.text.length;
    rmSync(join(dir, 'extra.py'));
    await out.waitFor(/removed 1 cache file/, mark);
    expect(existsSync(join(dir, '__pycache__', 'extra.tspy-311.pyc'))).toBe(false);
  }, 60000);
});
