/**
 * `_tspy_subprocess`: the native half of tspy's `subprocess` (src/lib/subprocess.py).
 * `run_child` runs one child process to completion with Node's
 * `child_process.spawnSync` and returns what `Popen` needs.
 */
import * as childProcess from 'node:child_process';
import * as nodeos from 'node:os';
import { type PyValue, PyBuiltinFunction, None, TypeErrorType, newError } from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyList } from '../runtime/list.js';
import { PyDict } from '../runtime/dict.js';
import { newBytes, bytesOf } from '../runtime/bytes.js';
import { index as pyIndex, toFloat } from '../runtime/abstract.js';
import { osErrorFromNode } from '../runtime/exceptions.js';
import { flushStdout } from './stdio.js';

type Stdio = 'inherit' | 'pipe' | 'ignore' | number;

/** A stdio mode from Python: 'inherit', 'pipe', 'devnull' or a file descriptor. */
function stdioOf(v: PyValue): Stdio {
  if (v === 'inherit') return 'inherit';
  if (v === 'pipe') return 'pipe';
  if (v === 'devnull') return 'ignore';
  return Number(pyIndex(v));
}

function strList(v: PyValue, what: string): string[] {
  if (!(v instanceof PyList) && !(v instanceof PyTuple)) throw newError(TypeErrorType, `${what} must be a list of str`);
  return v.items.map((x) => {
    if (typeof x !== 'string') throw newError(TypeErrorType, `${what} must be a list of str`);
    return x;
  });
}

const RUN_SPEC = ['file', 'argv', 'cwd', 'env', 'input', 'stdin', 'stdout', 'stderr', 'timeout', 'merge_stderr'];

/**
 * run_child(file, argv, cwd, env, input, stdin, stdout, stderr, timeout, merge_stderr)
 * -> (returncode, stdout bytes or None, stderr bytes or None, timed_out, pid).
 * A child killed by a signal has returncode -signum, as in CPython.
 */
function runChild(args: PyValue[], kw: readonly string[] | null): PyValue {
  const p = parseArgs('run_child', args, kw, RUN_SPEC);
  const file = p[0] as string;
  const argv = strList(p[1]!, 'argv');
  const cwd = p[2] === None ? undefined : (p[2] as string);
  let env: Record<string, string> | undefined;
  if (p[3] !== None) {
    env = {};
    for (const [k, v] of (p[3] as PyDict).entries()) env[k as string] = v as string;
  }
  const input = p[4] === None ? undefined : bytesOf(p[4]!);
  const stdio: Stdio[] = [stdioOf(p[5]!), stdioOf(p[6]!), stdioOf(p[7]!)];
  const timeout = p[8] === None ? undefined : toFloat(p[8]!) * 1000;
  let spawnFile = file;
  let spawnArgs = argv.slice(1);
  let argv0 = argv[0];
  if (p[9] === true) {
    // stderr=STDOUT into a pipe: let a shell join the two streams in order.
    spawnFile = '/bin/sh';
    spawnArgs = ['-c', 'exec "$0" "$@" 2>&1', file, ...argv.slice(1)];
    argv0 = '/bin/sh';
    stdio[2] = 'ignore';
  }
  if (input !== undefined) stdio[0] = 'pipe';
  flushStdout();
  const r = childProcess.spawnSync(spawnFile, spawnArgs, {
    argv0,
    cwd,
    env,
    input,
    stdio,
    timeout,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 30,
    windowsHide: true,
  });
  const err = r.error as (Error & { code?: string }) | undefined;
  const timedOut = err?.code === 'ETIMEDOUT';
  if (err && !timedOut) throw osErrorFromNode(err, file);
  let code: number;
  if (r.status !== null) code = r.status;
  else if (r.signal) code = -((nodeos.constants.signals as Record<string, number>)[r.signal] ?? 0);
  else code = 0;
  const out = (b: Buffer | string | null | undefined): PyValue => (b instanceof Uint8Array ? newBytes(new Uint8Array(b)) : None);
  return new PyTuple([code, out(r.stdout), out(r.stderr), timedOut, r.pid ?? 0]);
}

/** The attributes of `_tspy_subprocess`. */
export function subprocessNativeEntries(): [string, PyValue][] {
  return [['run_child', new PyBuiltinFunction('run_child', runChild, null, 'run_child', '_tspy_subprocess')]];
}
