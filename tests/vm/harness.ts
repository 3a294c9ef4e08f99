/**
 * Test harness for the VM: loads CPython code objects dumped by
 * scripts/py_code_json.py (so CPython's own bytecode runs on our VM without
 * python3), runs programs as `__main__` with stdout/stderr captured.
 */
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeObject } from '../../src/bytecode/code.js';
import { ConstComplex, ConstTuple, ConstFrozenSet, ELLIPSIS, type ConstValue } from '../../src/bytecode/constants.js';
import { runMain } from '../../src/vm/run.js';
import { flushStdout } from '../../src/modules/stdio.js';
import { registerSource } from '../../src/runtime/traceback.js';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

type J = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function constFrom(j: J): ConstValue {
  if (j === null || typeof j === 'boolean' || typeof j === 'string') return j;
  if ('int' in j) return BigInt(j.int);
  if ('float' in j) return parseFloatRepr(j.float);
  if ('complex' in j) return new ConstComplex(parseFloatRepr(j.complex[0]), parseFloatRepr(j.complex[1]));
  if ('bytes' in j) return hex(j.bytes);
  if ('ellipsis' in j) return ELLIPSIS;
  if ('tuple' in j) return new ConstTuple(j.tuple.map(constFrom));
  if ('frozenset' in j) return new ConstFrozenSet(j.frozenset.map(constFrom));
  if ('code' in j) return codeFromJson(j.code);
  throw new Error('bad const ' + JSON.stringify(j));
}
function parseFloatRepr(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return Number(s);
}

/** Build a CodeObject from scripts/py_code_json.py output. */
export function codeFromJson(j: J): CodeObject {
  return new CodeObject({
    co_argcount: j.argcount,
    co_posonlyargcount: j.posonlyargcount,
    co_kwonlyargcount: j.kwonlyargcount,
    co_stacksize: j.stacksize,
    co_flags: j.flags,
    co_code: hex(j.code),
    co_consts: j.consts.map(constFrom),
    co_names: j.names,
    co_localsplusnames: j.localsplusnames,
    co_localspluskinds: Uint8Array.from(j.localspluskinds),
    co_filename: j.filename,
    co_name: j.name,
    co_qualname: j.qualname,
    co_firstlineno: j.firstlineno,
    co_linetable: hex(j.linetable),
    co_exceptiontable: hex(j.exceptiontable),
  });
}

export interface RunResult {
  stdout: string;
  stderr: string;
  stderrLast: string;
  rc: number;
}

const req = createRequire(import.meta.url);
const fsc = req('fs');
let capOut: string[] | null = null;
let capErr: string[] | null = null;
const origWrite = fsc.writeSync;
fsc.writeSync = function (fd: number, data: unknown, ...rest: unknown[]) {
  if ((fd === 1 && capOut) || (fd === 2 && capErr)) {
    const s = typeof data === 'string' ? data : Buffer.from(data as Uint8Array).toString('utf8');
    (fd === 1 ? capOut! : capErr!).push(s);
    return typeof data === 'string' ? Buffer.byteLength(data) : (data as Uint8Array).length;
  }
  return origWrite.call(fsc, fd, data, ...rest);
};
syncBuiltinESMExports();

/** Run a code object as __main__, capturing output. */
export function runCode(code: CodeObject, filename: string): RunResult {
  capOut = [];
  capErr = [];
  let rc: number;
  try {
    rc = runMain(code, { filename });
    flushStdout();
  } finally {
    // keep captured buffers
  }
  const stdout = capOut.join('');
  const stderr = capErr.join('');
  capOut = capErr = null;
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  return { stdout, stderr, stderrLast: lines.length ? lines[lines.length - 1] : '', rc };
}

const GOLDEN = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
const PROGRAMS = path.join(path.dirname(new URL(import.meta.url).pathname), 'programs');

/** Names of the recorded programs. */
export function goldenPrograms(): string[] {
  return fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.code.json')).map((f) => f.slice(0, -'.code.json'.length)).sort();
}

/** Run recorded program `name` (CPython bytecode) and return [actual, expected]. */
export function runGolden(name: string): [RunResult, { stdout: string; stderr_last: string; rc: number }] {
  const code = codeFromJson(JSON.parse(fs.readFileSync(path.join(GOLDEN, name + '.code.json'), 'utf8')));
  const expected = JSON.parse(fs.readFileSync(path.join(GOLDEN, name + '.out.json'), 'utf8'));
  const srcPath = path.join(PROGRAMS, name + '.py');
  if (fs.existsSync(srcPath)) registerSource(name + '.py', fs.readFileSync(srcPath, 'utf8'));
  return [runCode(code, name + '.py'), expected];
}
