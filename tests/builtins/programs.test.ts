/**
 * Golden-output tests for the builtins area: each tests/builtins/programs/*.py
 * is compiled and run in-process; its stdout must equal the .expected file
 * recorded from CPython 3.11 (`python3 X.py > X.expected`).
 */
import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { compileSource } from '../../src/compiler/index.js';
import { installVm, runModuleCode } from '../../src/vm/run.js';
import { PyModule } from '../../src/runtime/module.js';
import { PyBaseExceptionObject } from '../../src/runtime/object.js';
import { exceptionStr } from '../../src/runtime/exceptions.js';
import { captureStdout } from '../../src/modules/stdio.js';
import { getBuiltins } from '../../src/modules/builtins.js';
import { setSysPath } from '../../src/modules/sys.js';
import { libDir } from '../../src/importer/finder.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'programs');
const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.py'));

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'bin', 'tspy.js');
const built = fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'));

/** Run through the built CLI when available (the importer's compiler link needs dist/), else in-process. */
function runProgram(file: string): string {
  if (built) {
    const r = spawnSync(process.execPath, [cli, 'run', file], { encoding: 'utf8', env: { ...process.env, TSPY_DONTWRITEBYTECODE: '1' } });
    const err = r.stderr.trim().split('\n').pop() ?? '';
    return r.stdout + (r.status !== 0 ? err + '\n' : '');
  }
  return runInProcess(file);
}

function runInProcess(file: string): string {
  installVm();
  setSysPath([dir, libDir()]);
  const src = fs.readFileSync(file, 'utf8');
  const code = compileSource(src, file, 'exec');
  const mod = new PyModule('__main__');
  mod.dict.table.set('__file__', file);
  mod.dict.table.set('__builtins__', getBuiltins());
  let tail = '';
  const out = captureStdout(() => {
    try {
      runModuleCode(code, mod);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject) tail = `${e.ob_type.tp_name}: ${exceptionStr(e)}\n`;
      else throw e;
    }
  });
  return out + tail;
}

describe('builtins golden programs (expectations recorded from CPython 3.11)', () => {
  for (const p of programs) {
    it(p, () => {
      const expected = fs.readFileSync(path.join(dir, p.replace(/\.py$/, '.expected')), 'utf8');
      expect(runProgram(path.join(dir, p))).toBe(expected);
    });
  }
});
