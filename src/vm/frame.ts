/**
 * Frames and the per-code data the VM derives once from a CodeObject
 * (CPython's `_PyInterpreterFrame` and the quickened code / inline caches).
 *
 * A frame's fast locals and value stack share one array `f`: slots
 * [0, nlocalsplus) are the localsplus variables (locals, cells, frees), and
 * the value stack grows upward from `nlocalsplus`, exactly like CPython's
 * `localsplus` array. JS `null` on the stack is CPython's NULL (PUSH_NULL,
 * LOAD_METHOD); `undefined` in a local slot means "unbound".
 */
import { CodeObject, CO_FAST_FREE, CO_FAST_CELL, CO_FAST_LOCAL } from '../bytecode/code.js';
import { parseExceptionTable } from '../bytecode/exceptiontable.js';
import { Op, EXTENDED_ARG, OPCODES } from '../bytecode/opcodes.js';
import { stackEffect } from '../bytecode/stack_effect.js';
import { PyObject, type PyValue, CodeType } from '../runtime/object.js';
import type { PyDict } from '../runtime/dict.js';
import type { PyFunction } from '../runtime/function.js';
import { constToValue } from './rt.js';

/** The `code` object as a Python value (wraps the compiler's CodeObject). */
export class PyCode extends PyObject {
  constructor(public readonly code: CodeObject) {
    super();
    this.ob_type = CodeType;
  }
}

/** Everything the eval loop needs from a code object, computed once. */
export class CodeInfo {
  /** Decoded instructions: one Int32 per code unit, `opcode | fullOparg << 8` (EXTENDED_ARG prefixes folded into the following instruction's oparg; the EXTENDED_ARG units stay in place as no-ops). */
  readonly ops: Int32Array;
  readonly consts: PyValue[];
  readonly names: string[];
  /** Exception table flattened: [start, end, target, depth<<1|lasti] * n. */
  readonly excTable: Int32Array;
  readonly nlocalsplus: number;
  /** Size of the frame array: nlocalsplus + co_stacksize (+ slack). */
  readonly frameSize: number;
  /**
   * All-`undefined` array a frame's `f` is copied from. `new Array(n)` would
   * start each frame with small-integer elements and switch kinds at the first
   * object stored: V8's optimized eval loop then deoptimizes ("not a Smi",
   * "wrong map") when it meets a frame in the other kind.
   */
  readonly frameTemplate: (PyValue | null | undefined)[];
  /** Per-instruction inline cache slots (LOAD_GLOBAL / LOAD_ATTR / LOAD_METHOD). */
  readonly cache: unknown[];
  /** Kinds (CO_FAST_*) per localsplus slot. */
  readonly kinds: Uint8Array;
  readonly pyCode: PyCode;
  /** Generator code: 1 when a yield sits inside a try or with block (a dying generator must be closed), 0 if not, -1 until computed (vm/lifecycle.ts). */
  yieldInTry = -1;

  constructor(public readonly code: CodeObject) {
    const raw = code.co_code;
    const n = raw.length >> 1;
    const ops = new Int32Array(n);
    let ext = 0;
    for (let i = 0; i < n; i++) {
      const opcode = raw[2 * i];
      const arg = raw[2 * i + 1] | ext;
      if (opcode === EXTENDED_ARG) {
        ext = arg << 8;
        ops[i] = Op.EXTENDED_ARG;
      } else {
        ext = 0;
        ops[i] = opcode | (arg << 8);
      }
    }
    const t = parseExceptionTableFlat(code.co_exceptiontable);
    const iterPops = iteratorPops(ops, t);
    quicken(ops);
    for (const k of iterPops) ops[k] = POP_ITER;
    this.ops = ops;
    this.consts = code.co_consts.map(constToValue);
    this.names = code.co_names;
    this.excTable = t;
    this.nlocalsplus = code.co_localsplusnames.length;
    this.frameSize = this.nlocalsplus + code.co_stacksize + 1;
    this.frameTemplate = new Array(this.frameSize).fill(undefined);
    this.cache = new Array(n);
    this.kinds = code.co_localspluskinds;
    this.pyCode = new PyCode(code);
  }

  /** Is slot `i` a free variable (for the NameError-vs-UnboundLocalError message)? */
  isFree(i: number): boolean {
    return (this.kinds[i] & CO_FAST_FREE) !== 0;
  }
  isCell(i: number): boolean {
    return (this.kinds[i] & CO_FAST_CELL) !== 0;
  }
  isLocal(i: number): boolean {
    return (this.kinds[i] & CO_FAST_LOCAL) !== 0;
  }
}

/**
 * Rewrite common instruction pairs in the decoded `ops` (never `co_code`, so
 * `dis` and the cache are unaffected) into one dispatch each, as CPython
 * 3.11's `_PyCode_Quicken` does with its superinstructions. CPython's own
 * numbers for these specialized forms are reused:
 *
 * - `LOAD_FAST__LOAD_FAST`, `LOAD_FAST__LOAD_CONST`, `LOAD_CONST__LOAD_FAST`,
 *   `STORE_FAST__LOAD_FAST`, `STORE_FAST__STORE_FAST`: the first instruction
 *   also runs the second (which stays in place, so a jump to it still works).
 * - `COMPARE_OP_INT_JUMP`: COMPARE_OP, its two cache units and the
 *   POP_JUMP_{FORWARD,BACKWARD}_IF_{FALSE,TRUE} after them, with no bool on
 *   the stack. Its oparg is `cmp | kind << 3`, kind bit 0 = jump if true,
 *   bit 1 = backward. Unlike CPython's it keeps a generic path for every
 *   operand type (CPython would deoptimize to COMPARE_OP).
 * - `PRECALL_PYFUNC`: a PRECALL whose CALL (same oparg) follows its cache
 *   unit; the eval loop goes straight on into the CALL.
 */
function quicken(ops: Int32Array): void {
  const orig = ops.slice();
  const n = orig.length;
  for (let i = 0; i + 1 < n; i++) {
    const w = orig[i];
    const op = w & 0xff;
    const next = orig[i + 1] & 0xff;
    switch (op) {
      case Op.LOAD_FAST:
        if (next === Op.LOAD_FAST) ops[i] = (w & ~0xff) | Op.LOAD_FAST__LOAD_FAST;
        else if (next === Op.LOAD_CONST) ops[i] = (w & ~0xff) | Op.LOAD_FAST__LOAD_CONST;
        break;
      case Op.LOAD_CONST:
        if (next === Op.LOAD_FAST) ops[i] = (w & ~0xff) | Op.LOAD_CONST__LOAD_FAST;
        break;
      case Op.STORE_FAST:
        if (next === Op.LOAD_FAST) ops[i] = (w & ~0xff) | Op.STORE_FAST__LOAD_FAST;
        else if (next === Op.STORE_FAST) ops[i] = (w & ~0xff) | Op.STORE_FAST__STORE_FAST;
        break;
      case Op.COMPARE_OP: {
        if (i + 3 >= n) break;
        const j = orig[i + 3] & 0xff;
        const kind =
          j === Op.POP_JUMP_FORWARD_IF_FALSE ? 0
          : j === Op.POP_JUMP_FORWARD_IF_TRUE ? 1
          : j === Op.POP_JUMP_BACKWARD_IF_FALSE ? 2
          : j === Op.POP_JUMP_BACKWARD_IF_TRUE ? 3
          : -1;
        if (kind >= 0 && (orig[i + 1] & 0xff) === Op.CACHE && (orig[i + 2] & 0xff) === Op.CACHE) {
          ops[i] = Op.COMPARE_OP_INT_JUMP | (((w >>> 8) | (kind << 3)) << 8);
        }
        break;
      }
      case Op.PRECALL:
        if (i + 2 < n && next === Op.CACHE && orig[i + 2] === ((w & ~0xff) | Op.CALL)) ops[i] = (w & ~0xff) | Op.PRECALL_PYFUNC;
        break;
    }
  }
}

/**
 * tspy's own instruction (no CPython number): a POP_TOP that drops a for
 * loop's iterator (`break`, or `return` from inside the loop). The eval loop
 * lets vm/lifecycle.ts close a dropped generator there, as CPython's
 * reference counting does.
 */
export const POP_ITER = 240;

/**
 * Indices of the POP_TOPs that drop a for loop's iterator: by the stack depth
 * before each instruction (a flow pass with `stackEffect`), a POP_TOP inside a
 * loop's body at the depth its FOR_ITER had (the iterator is the top), or
 * right after `SWAP 2` one deeper (a `return` inside the loop). Empty when
 * the code has no loop or the pass meets something it does not model.
 */
function iteratorPops(ops: Int32Array, excTable: Int32Array): number[] {
  const n = ops.length;
  let loops = false;
  for (let i = 0; i < n; i++) if ((ops[i] & 0xff) === Op.FOR_ITER) loops = true;
  if (!loops) return [];
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  const reach = (i: number, d: number): void => {
    if (i >= 0 && i < n && depth[i] === -1 && d >= 0) {
      depth[i] = d;
      work.push(i);
    }
  };
  try {
    reach(0, 0);
    for (let j = 0; j < excTable.length; j += 4) reach(excTable[j + 2], (excTable[j + 3] >> 1) + (excTable[j + 3] & 1) + 1);
    while (work.length !== 0) {
      const i = work.pop()!;
      const d = depth[i];
      const op = ops[i] & 0xff;
      const arg = ops[i] >>> 8;
      if (op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE) continue;
      const info = OPCODES[op];
      if (info === undefined) return [];
      if (info.jump !== 'none') {
        const target = info.jump === 'forward' ? i + 1 + arg : i + 1 - arg;
        reach(target, d + stackEffect(op, arg, true));
        if (op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT) continue;
        reach(i + 1, d + stackEffect(op, arg, false));
      } else reach(i + 1, d + stackEffect(op, arg, false));
    }
  } catch {
    return [];
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if ((ops[i] & 0xff) !== Op.FOR_ITER || depth[i] < 1) continue;
    const d = depth[i];
    const end = i + 1 + (ops[i] >>> 8);
    for (let k = i + 1; k < end && k < n; k++) {
      if ((ops[k] & 0xff) !== Op.POP_TOP) continue;
      const swapped = k > 0 && ops[k - 1] === (Op.SWAP | (2 << 8)) && depth[k] === d + 1;
      if (depth[k] === d || swapped) out.push(k);
    }
  }
  return out;
}

function parseExceptionTableFlat(raw: Uint8Array): Int32Array {
  const entries = parseExceptionTable(raw);
  const t = new Int32Array(entries.length * 4);
  entries.forEach((e, i) => {
    t[4 * i] = e.start;
    t[4 * i + 1] = e.end;
    t[4 * i + 2] = e.target;
    t[4 * i + 3] = (e.depth << 1) | (e.lasti ? 1 : 0);
  });
  return t;
}

/** The VM data of a code object, built on first use and kept on `code._vm`. */
export function codeInfo(code: CodeObject): CodeInfo {
  let info = code._vm as CodeInfo | undefined;
  if (info === undefined) code._vm = info = new CodeInfo(code);
  return info;
}

export const FRAME_CREATED = 0;
export const FRAME_RUNNING = 1;
export const FRAME_SUSPENDED = 2;
export const FRAME_DONE = 3;

/** An executing (or suspended) Python frame. */
export class Frame {
  /** localsplus slots followed by the value stack. */
  f: (PyValue | null | undefined)[];
  /** Stack pointer (absolute index into `f`), saved while suspended. */
  sp: number;
  /** Index of the next instruction (code units), saved while suspended. */
  pc = 0;
  /** Index of the last instruction started (for tracebacks and f_lineno). */
  lasti = -1;
  state = FRAME_CREATED;
  back: Frame | null = null;
  /** The generator object owning this frame, if any. */
  gen: PyObject | null = null;
  /** The Python frame object of this frame, created on demand (runtime/traceback.ts `frameObject`). */
  pyFrame: PyObject | null = null;
  /**
   * False for a frame the eval loop entered from its caller's CALL without a
   * JS call of its own (CPython's `_PyInterpreterFrame.is_entry`): its return
   * and its uncaught exceptions go back to the caller in the same loop.
   */
  isEntry = true;
  /** Entered by the eval loop's CALL from a Python caller (no native code in between; vm/lifecycle.ts relies on it). */
  fromLoop = false;
  /** The instance a class call created, for a frame running its `__init__` entered by CALL: the call's result (classes.ts `simpleInit`). */
  initSelf: PyObject | null = null;

  constructor(
    public readonly info: CodeInfo,
    public readonly func: PyFunction | null,
    public readonly globals: PyDict,
    public readonly builtins: PyDict,
    /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME); null for functions. */
    public locals: PyValue | null,
  ) {
    this.f = info.frameTemplate.slice();
    this.sp = info.nlocalsplus;
  }

  get code(): CodeObject {
    return this.info.code;
  }
}
