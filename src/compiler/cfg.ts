/**
 * The control-flow graph the code generator emits into: basic blocks of
 * instructions with symbolic jump targets and pseudo-instructions
 * (SETUP_FINALLY, POP_BLOCK, JUMP, POP_JUMP_IF_*...), as in CPython 3.11's
 * Python/compile.c. The assembler (assembler.ts) optimizes and lowers it.
 */
import { Op, OPCODES } from '../bytecode/opcodes.js';
import { Pseudo } from '../bytecode/stack_effect.js';
import type { Location } from '../bytecode/linetable.js';

export { Pseudo };
export type { Location };

/**
 * "No location": instructions the compiler marks artificial (CPython's UNSET_LOC / lineno -1).
 * Shared by many instructions, so never written to (no code assigns to a location's fields:
 * a changed location is a new object). Not frozen: a frozen object has a hidden class of its
 * own, and every location object having one class keeps the assembler's loads monomorphic.
 */
export const NO_LOCATION: Location = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };

/** One instruction; `target` for jumps and SETUP_* pseudo-ops; `except` is filled by label_exception_targets. */
export interface Instr {
  op: number;
  arg: number;
  target: Block | null;
  loc: Location;
  except: Block | null;
}

let blockIds = 0;

/** A basic block. `next` is the layout order (b_next). */
export class Block {
  id = blockIds++;
  instrs: Instr[] = [];
  next: Block | null = null;
  predecessors = 0;
  visited = false;
  startDepth = -1;
  offset = 0;
  preserveLasti = false;
  exceptStack: Block[] | null = null;
  /** Set when a jump-to-exit block has been appended (CPython's b_exit is computed on demand here). */

  last(): Instr | undefined {
    // Not instrs[length - 1] on an empty block: index -1 is a named-property lookup, off V8's fast path.
    const instrs = this.instrs, n = instrs.length;
    return n > 0 ? instrs[n - 1] : undefined;
  }
}

// Per-opcode facts as flat tables: these predicates run for every instruction
// in several assembler passes, and a typed-array read beats an OPCODES object
// lookup plus a string comparison.
const IS_JUMP = new Uint8Array(256);
const HAS_ARG = new Uint8Array(256);
const CACHE_UNITS = new Uint8Array(256);
for (let op = 0; op < 256; op++) {
  const info = OPCODES[op];
  if (!info) continue;
  IS_JUMP[op] = info.jump !== 'none' ? 1 : 0;
  HAS_ARG[op] = info.hasArg ? 1 : 0;
  CACHE_UNITS[op] = info.cache;
}

/** Jump instructions, real or pseudo (the pseudo jumps are Pseudo.JUMP = -5 down to POP_JUMP_IF_NOT_NONE = -10). */
export function isJumpOp(op: number): boolean {
  return op < 0 ? op <= Pseudo.JUMP && op >= Pseudo.POP_JUMP_IF_NOT_NONE : IS_JUMP[op] === 1;
}

export function isBlockPush(op: number): boolean {
  return op === Pseudo.SETUP_FINALLY || op === Pseudo.SETUP_CLEANUP || op === Pseudo.SETUP_WITH;
}

export function isUncondJump(op: number): boolean {
  return op === Pseudo.JUMP || op === Pseudo.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD
    || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}

export function isScopeExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** Whether control can fall off the end of `b` into `b.next`. */
export function hasFallthrough(b: Block): boolean {
  const l = b.last();
  if (!l) return true;
  return !(isScopeExit(l.op) || isUncondJump(l.op));
}

/** A block that ends by leaving the code object (CPython's b_exit). */
export function isExitBlock(b: Block): boolean {
  const l = b.last();
  return !!l && isScopeExit(l.op);
}

export function hasArg(op: number): boolean {
  return op < 0 || HAS_ARG[op] === 1;
}

/** Number of inline CACHE units after `op` (0 for pseudo-instructions). */
export function cacheUnits(op: number): number {
  return op < 0 ? 0 : CACHE_UNITS[op];
}

/** Size in code units of an instruction once assembled: EXTENDED_ARG prefixes + 1 + inline caches. */
export function instrSize(i: Instr): number {
  const oparg = i.arg;
  const ext = oparg > 0xffffff ? 3 : oparg > 0xffff ? 2 : oparg > 0xff ? 1 : 0;
  return ext + 1 + (i.op < 0 ? 0 : CACHE_UNITS[i.op]);
}
