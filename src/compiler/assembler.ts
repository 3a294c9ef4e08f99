/**
 * Optimize, lay out and encode one compilation unit's control-flow graph into
 * a CodeObject, following CPython 3.11's `assemble()` in Python/compile.c:
 * normalize/extend blocks, insert the MAKE_CELL/COPY_FREE_VARS/
 * RETURN_GENERATOR prefix, fix cell offsets, peephole-optimize (optimize_cfg),
 * fix line numbers, compute the stack depth, label exception handlers, lower
 * pseudo-instructions, resolve jumps, and emit co_code, the location table and
 * the exception table.
 */
import { Op, OPCODES } from '../bytecode/opcodes.js';
import { stackEffect, Pseudo } from '../bytecode/stack_effect.js';
import { LineTableWriter } from '../bytecode/linetable.js';
import { writeExceptionTableEntry } from '../bytecode/exceptiontable.js';
import { CodeObject, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../bytecode/code.js';
import type { ConstValue } from '../bytecode/constants.js';
import { Block, type Instr, NO_LOCATION, isJumpOp, isBlockPush, isScopeExit, isUncondJump, hasFallthrough, isExitBlock, instrSize, hasArg, cacheUnits, type Location } from './cfg.js';
import { ConstPool } from './consts.js';

const MAX_COPY_SIZE = 4;

/** Everything the assembler needs from a finished compiler unit. */
export interface AssemblyInput {
  entry: Block;
  /** Blocks in allocation order (CPython walks u_blocks newest-first; we keep both orders available). */
  allocated: Block[];
  consts: ConstPool;
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  flags: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  firstlineno: number;
  name: string;
  qualname: string;
  filename: string;
  isGeneratorLike: boolean;
  /** Where the code object's byte fields are carved from (one per module compile). */
  arena: ByteArena;
}

/**
 * Hands out the byte fields of code objects (co_code, co_linetable,
 * co_exceptiontable, co_localspluskinds) as views of shared chunks: allocating
 * a typed array with its own backing store costs about a microsecond, four
 * times per code object. One arena serves one module compile, so its code
 * objects share chunks only with each other (they live and die together).
 * Chunks grow with what the arena has handed out so far (capped at 64 KiB),
 * so compiling a one-line `eval` keeps no more memory than its bytes.
 */
const EMPTY_BYTES = new Uint8Array(0);

export class ByteArena {
  private chunk = new Uint8Array(0);
  private pos = 0;
  private handedOut = 0;

  /** A zeroed view of `n` bytes (all empty requests share one empty array: most exception tables are empty). */
  alloc(n: number): Uint8Array {
    if (n === 0) return EMPTY_BYTES;
    if (this.pos + n > this.chunk.length) {
      this.chunk = new Uint8Array(Math.max(n, Math.min(65536, this.handedOut)));
      this.pos = 0;
    }
    const v = new Uint8Array(this.chunk.buffer, this.pos, n);
    this.pos += n;
    this.handedOut += n;
    return v;
  }
}

function mk(op: number, arg: number, loc: Location): Instr {
  return { op, arg, target: null, loc, except: null };
}

/** A copy of an instruction (a literal with the fields in order keeps one hidden class, which a spread does not promise). */
function copyInstr(i: Instr): Instr {
  return { op: i.op, arg: i.arg, target: i.target, loc: i.loc, except: i.except };
}

function skipEmpty(b: Block): Block {
  while (b.instrs.length === 0 && b.next) b = b.next;
  return b;
}

/** Check the block's shape and skip empty blocks in jump targets; returns whether it has a SETUP_* (exception handler push). */
function normalizeBlock(b: Block): boolean {
  const instrs = b.instrs;
  const n = instrs.length;
  let pushes = false;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    const op = ins.op;
    if (isJumpOp(op)) {
      if (i !== n - 1) throw new Error('malformed control flow graph: ' + instrs.map((x) => x.op).join(','));
      if (ins.target) ins.target = skipEmpty(ins.target);
    } else if (isScopeExit(op)) {
      if (i !== n - 1) throw new Error('malformed control flow graph: ' + instrs.map((x) => x.op).join(','));
    } else if (isBlockPush(op)) pushes = true;
  }
  return pushes;
}

function extendBlock(b: Block): void {
  const last = b.last();
  if (!last) return;
  if (last.op !== Pseudo.JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD) return;
  const t = last.target!;
  if (isExitBlock(t) && t.instrs.length <= MAX_COPY_SIZE) {
    // Only blocks without line numbers (implicit `return None`s) are copied.
    for (const i of t.instrs) if (i.loc.lineno >= 0) return;
    last.op = Op.NOP;
    last.target = null;
    for (const ins of t.instrs) b.instrs.push(copyInstr(ins));
  }
}

function isExitWithoutLineno(b: Block): boolean {
  if (!isExitBlock(b)) return false;
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}

// ---- peephole (optimize_basic_block) ----

function constTruth(v: ConstValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  const o = v as unknown as { items?: ConstValue[]; real?: number; imag?: number };
  if (o.items) return o.items.length > 0;
  if (o.real !== undefined) return o.real !== 0 || o.imag !== 0;
  return true;
}

function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return true;
  }
  return false;
}

const VISITED = -1;

function swaptimize(instrs: Instr[], ix: number): number {
  let depth = instrs[ix].arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].op;
    if (op === Op.SWAP) { depth = Math.max(depth, instrs[ix + len].arg); more = true; }
    else if (op !== Op.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i];
    if (ins.op === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[ins.arg - 1];
      stack[ins.arg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const ins = instrs[ix + current--];
        ins.op = Op.SWAP;
        ins.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nj = stack[j];
      stack[j] = VISITED;
      j = nj;
    }
  }
  while (current >= 0) {
    const ins = instrs[ix + current--];
    ins.op = Op.NOP;
    ins.arg = 0;
  }
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

function nextSwappable(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i];
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** STORES_TO: the local a STORE_FAST writes, else -1. */
function storesTo(i: Instr): number {
  return i.op === Op.STORE_FAST ? i.arg : -1;
}

function applyStaticSwaps(instrs: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(instrs, k, lineno);
      if (k < 0) return;
    }
    // Not safe when both store to the same local, or something between them stores to either
    // (a later 3.11 fix, which 3.11.7 has: `a, a = x, y` must leave `a` as y).
    const storeJ = storesTo(instrs[j]), storeK = storesTo(instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const st = storesTo(instrs[idx]);
        if (st >= 0 && (st === storeJ || st === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    swap.arg = 0;
    const tmp = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = tmp;
  }
}

function foldTupleOnConstants(instrs: Instr[], i: number, n: number, consts: ConstPool): void {
  // instrs[i] is BUILD_TUPLE n; the n before it must all be LOAD_CONST
  for (let k = i - n; k < i; k++) if (instrs[k].op !== Op.LOAD_CONST) return;
  const items: ConstValue[] = [];
  for (let k = i - n; k < i; k++) {
    items.push(consts.values[instrs[k].arg]);
    instrs[k].op = Op.NOP;
    instrs[k].arg = 0;
  }
  const idx = consts.addTuple(items);
  instrs[i].op = Op.LOAD_CONST;
  instrs[i].arg = idx;
}

const NOP_INSTR: Instr = { op: Op.NOP, arg: 0, target: null, loc: NO_LOCATION, except: null };

function optimizeBasicBlock(b: Block, consts: ConstPool): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const oparg = inst.arg;
    const nextop = i + 1 < ins.length ? ins[i + 1].op : 0;
    let target: Instr = NOP_INSTR;
    if (isJumpOp(inst.op) || isBlockPush(inst.op)) {
      inst.target = skipEmpty(inst.target!);
      target = inst.target.instrs[0] ?? NOP_INSTR;
    }
    switch (inst.op) {
      case Op.LOAD_CONST: {
        switch (nextop) {
          case Pseudo.POP_JUMP_IF_FALSE: case Pseudo.POP_JUMP_IF_TRUE: {
            const t = constTruth(consts.values[oparg]);
            inst.op = Op.NOP;
            const jumpIfTrue = nextop === Pseudo.POP_JUMP_IF_TRUE;
            if (t === jumpIfTrue) ins[i + 1].op = Pseudo.JUMP;
            else { ins[i + 1].op = Op.NOP; ins[i + 1].target = null; }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: {
            const t = constTruth(consts.values[oparg]);
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (t === jumpIfTrue) ins[i + 1].op = Pseudo.JUMP;
            else { inst.op = Op.NOP; ins[i + 1].op = Op.NOP; ins[i + 1].target = null; }
            break;
          }
          case Op.IS_OP: {
            const v = consts.values[oparg];
            const jumpOp = i + 2 < ins.length ? ins[i + 2].op : 0;
            if (v === null && (jumpOp === Pseudo.POP_JUMP_IF_FALSE || jumpOp === Pseudo.POP_JUMP_IF_TRUE)) {
              const nextarg = ins[i + 1].arg;
              inst.op = Op.NOP;
              ins[i + 1].op = Op.NOP;
              ins[i + 2].op = (nextarg ^ (jumpOp === Pseudo.POP_JUMP_IF_FALSE ? 1 : 0)) ? Pseudo.POP_JUMP_IF_NOT_NONE : Pseudo.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === ins[i + 1].arg) {
          if (oparg === 1) { inst.op = Op.NOP; ins[i + 1].op = Op.NOP; continue; }
          if (oparg === 2 || oparg === 3) { inst.op = Op.NOP; ins[i + 1].op = Op.SWAP; continue; }
        }
        if (i >= oparg) foldTupleOnConstants(ins, i, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case Pseudo.POP_JUMP_IF_FALSE: if (jumpThread(inst, target, Pseudo.POP_JUMP_IF_FALSE)) i--; break;
          case Pseudo.JUMP: case Op.JUMP_IF_FALSE_OR_POP: if (jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP)) i--; break;
          case Op.JUMP_IF_TRUE_OR_POP: case Pseudo.POP_JUMP_IF_TRUE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = Pseudo.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case Pseudo.POP_JUMP_IF_TRUE: if (jumpThread(inst, target, Pseudo.POP_JUMP_IF_TRUE)) i--; break;
          case Pseudo.JUMP: case Op.JUMP_IF_TRUE_OR_POP: if (jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP)) i--; break;
          case Op.JUMP_IF_FALSE_OR_POP: case Pseudo.POP_JUMP_IF_FALSE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = Pseudo.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Pseudo.POP_JUMP_IF_NOT_NONE: case Pseudo.POP_JUMP_IF_NONE:
        if (target.op === Pseudo.JUMP && jumpThread(inst, target, inst.op)) i--;
        break;
      case Pseudo.POP_JUMP_IF_FALSE:
        if (target.op === Pseudo.JUMP && jumpThread(inst, target, Pseudo.POP_JUMP_IF_FALSE)) i--;
        break;
      case Pseudo.POP_JUMP_IF_TRUE:
        if (target.op === Pseudo.JUMP && jumpThread(inst, target, Pseudo.POP_JUMP_IF_TRUE)) i--;
        break;
      case Pseudo.JUMP:
        if (target.op === Pseudo.JUMP && jumpThread(inst, target, Pseudo.JUMP)) i--;
        break;
      case Op.SWAP:
        if (oparg === 1) { inst.op = Op.NOP; inst.arg = 0; break; }
        i = swaptimize(ins, i);
        applyStaticSwaps(ins, i);
        break;
      case Op.PUSH_NULL:
        // CPython tests the *opcode's* low bit here (always even for LOAD_GLOBAL), so this always fires.
        if (nextop === Op.LOAD_GLOBAL) {
          inst.op = Op.NOP;
          inst.arg = 0;
          ins[i + 1].arg |= 1;
        }
        break;
    }
  }
}

/** Remove NOPs that carry no line information of their own (clean_basic_block), compacting in place. */
function cleanBlock(b: Block): void {
  const src = b.instrs;
  const n = src.length;
  let dst = 0;
  let prevLineno = -1;
  for (let s = 0; s < n; s++) {
    const ins = src[s];
    const lineno = ins.loc.lineno;
    if (ins.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (s < n - 1) {
        const nextLineno = src[s + 1].loc.lineno;
        if (nextLineno < 0) { src[s + 1].loc = ins.loc; continue; }
        if (nextLineno === lineno) continue;
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc.lineno) continue;
      }
    }
    src[dst++] = ins;
    prevLineno = lineno;
  }
  if (dst !== n) src.length = dst;
}

/**
 * The worklist of the graph walks (markReachable, stackDepth, labelExceptionTargets), kept
 * between calls so that a walk allocates nothing; each walk leaves it empty (slots nulled).
 */
const WORK: Block[] = [];

function markReachable(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.predecessors = 0;
  const stack = WORK;
  let sp = 0;
  stack[sp++] = entry;
  entry.predecessors = 1;
  while (sp > 0) {
    const b = stack[--sp];
    stack[sp] = null!;
    const next = b.next;
    if (next && hasFallthrough(b)) {
      if (next.predecessors === 0) stack[sp++] = next;
      next.predecessors++;
    }
    const instrs = b.instrs;
    for (let k = 0; k < instrs.length; k++) {
      const ins = instrs[k];
      if (isJumpOp(ins.op) || isBlockPush(ins.op)) {
        const t = ins.target!;
        if (t.predecessors === 0) stack[sp++] = t;
        t.predecessors++;
      }
    }
  }
}

function eliminateEmptyBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      if (isJumpOp(ins.op) || isBlockPush(ins.op)) {
        let t = ins.target!;
        while (t.instrs.length === 0) t = t.next!;
        ins.target = t;
      }
    }
  }
}

function optimizeCfg(entry: Block, allocated: Block[], consts: ConstPool): void {
  for (let b: Block | null = entry; b; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBlock(b);
  }
  // CPython walks u_blocks here (newest first), not the layout: a block that has taken in
  // a copy of its exit block becomes an exit block itself for the blocks seen after it.
  for (let i = allocated.length - 1; i >= 0; i--) extendBlock(allocated[i]);
  markReachable(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.predecessors === 0) b.instrs = [];
  }
  eliminateEmptyBlocks(entry);
  // One walk for clean_basic_block and the jump-to-next check after it: cleaning a block reads
  // only that block and the ones after it, and the check only rewrites the block's own last jump.
  let maybeEmpty = false;
  for (let b: Block | null = entry; b; b = b.next) {
    cleanBlock(b);
    const last = b.last();
    if (last && (last.op === Pseudo.JUMP || last.op === Pseudo.JUMP_NO_INTERRUPT) && last.target === b.next) {
      last.op = Op.NOP;
      last.target = null;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBlocks(entry);
}

function copyLoc(from: Instr, to: Instr): void {
  to.loc = from.loc;
}

function duplicateExitsWithoutLineno(entry: Block, allocated: Block[]): void {
  // CPython walks u_blocks (allocation order, newest first), not the layout: when two
  // jumps share an exit block, the later-allocated jumping block gets the copy.
  for (let i = allocated.length - 1; i >= 0; i--) {
    const b = allocated[i];
    const last = b.last();
    if (last && isJumpOp(last.op)) {
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const nb = new Block();
        nb.instrs = target.instrs.map(copyInstr);
        copyLoc(last, nb.instrs[0]);
        last.target = nb;
        target.predecessors--;
        nb.predecessors = 1;
        nb.next = target.next;
        target.next = nb;
      }
    }
  }
  for (let b: Block | null = entry; b; b = b.next) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0) {
      if (isExitWithoutLineno(b.next)) copyLoc(b.last()!, b.next.instrs[0]);
    }
  }
}

/**
 * trim_unused_consts and propagate_line_numbers in one walk (neither depends on the other):
 * drops the constants after the highest LOAD_CONST/KW_NAMES index and gives artificial
 * instructions the location of the instruction before them.
 */
function trimConstsAndPropagateLineNumbers(entry: Block, consts: ConstPool): void {
  let max = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    const instrs = b.instrs;
    const n = instrs.length;
    if (n === 0) continue;
    let prev: Location = NO_LOCATION;
    for (let k = 0; k < n; k++) {
      const ins = instrs[k];
      const op = ins.op;
      if ((op === Op.LOAD_CONST || op === Op.KW_NAMES) && ins.arg > max) max = ins.arg;
      if (ins.loc.lineno < 0) ins.loc = prev;
      else prev = ins.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      if (b.next.instrs[0].loc.lineno < 0) b.next.instrs[0].loc = prev;
    }
    const last = instrs[n - 1];
    if (isJumpOp(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = prev;
    }
  }
  consts.truncate(max + 1);
}

function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = { lineno, endLineno: i.loc.endLineno, col: i.loc.col, endCol: i.loc.endCol };
      }
    } else lineno = last.loc.lineno;
  }
}

function stackDepth(entry: Block, isGen: boolean): number {
  for (let b: Block | null = entry; b; b = b.next) b.startDepth = -1;
  const stack = WORK;
  let sp = 0;
  stack[sp++] = entry;
  entry.startDepth = isGen ? 1 : 0;
  let maxdepth = 0;
  while (sp > 0) {
    const b = stack[--sp];
    stack[sp] = null!;
    let depth = b.startDepth;
    let fallsThrough = true;
    const instrs = b.instrs;
    for (let k = 0; k < instrs.length; k++) {
      const ins = instrs[k];
      const op = ins.op;
      const nd = depth + stackEffect(op, ins.arg, false);
      if (nd > maxdepth) maxdepth = nd;
      if (isJumpOp(op) || isBlockPush(op)) {
        const td = depth + stackEffect(op, ins.arg, true);
        if (td > maxdepth) maxdepth = td;
        // stackdepth_push: a block is (re)visited only with a larger depth (CPython asserts equality).
        const t = ins.target!;
        if (t.startDepth < td && t.startDepth < 100000) {
          t.startDepth = td;
          stack[sp++] = t;
        }
      }
      depth = nd;
      if (op === Pseudo.JUMP_NO_INTERRUPT || op === Pseudo.JUMP || op === Op.RETURN_VALUE
        || op === Op.RAISE_VARARGS || op === Op.RERAISE) {
        fallsThrough = false;
        break;
      }
    }
    const next = b.next;
    if (fallsThrough && next && next.startDepth < depth && next.startDepth < 100000) {
      next.startDepth = depth;
      stack[sp++] = next;
    }
  }
  return maxdepth;
}

function labelExceptionTargets(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) { b.visited = false; b.exceptStack = null; }
  const todo = WORK;
  let sp = 0;
  todo[sp++] = entry;
  entry.visited = true;
  entry.exceptStack = [];
  while (sp > 0) {
    const b = todo[--sp];
    todo[sp] = null!;
    let stack: Block[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1] : null;
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (isBlockPush(ins.op)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = stack!.slice();
          t.visited = true;
          todo[sp++] = t;
        }
        if (ins.op === Pseudo.SETUP_WITH || ins.op === Pseudo.SETUP_CLEANUP) t.preserveLasti = true;
        stack!.push(t);
        handler = t;
      } else if (ins.op === Pseudo.POP_BLOCK) {
        stack!.pop();
        handler = stack!.length ? stack![stack!.length - 1] : null;
      } else if (isJumpOp(ins.op)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) t.exceptStack = stack!.slice();
          else { t.exceptStack = stack; stack = null; }
          t.visited = true;
          todo[sp++] = t;
        }
      } else {
        ins.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack!;
      b.next.visited = true;
      todo[sp++] = b.next;
    }
  }
}

// Jumps whose oparg counts backwards (JUMP_BACKWARD, POP_JUMP_BACKWARD_IF_*, ...).
const IS_BACKWARD = new Uint8Array(256);
for (let op = 0; op < 256; op++) if (OPCODES[op]?.jump === 'backward') IS_BACKWARD[op] = 1;

/**
 * The layout pass after exception labelling, one walk over the blocks in order:
 * convert_exception_handlers_to_nops, clean_basic_block, normalize_jumps (a jump
 * is forward when its target has not been laid out yet) and the first sizing
 * pass of assemble_jump_offsets (block offsets with the current opargs).
 * Returns the code size in code units.
 */
function lowerAndLayOut(entry: Block): number {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
  let total = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    const instrs = b.instrs;
    for (let k = 0; k < instrs.length; k++) {
      const ins = instrs[k];
      if (isBlockPush(ins.op) || ins.op === Pseudo.POP_BLOCK) {
        ins.op = Op.NOP;
        ins.arg = 0;
        ins.target = null;
      }
    }
    cleanBlock(b);
    b.visited = true;
    const n = instrs.length;
    if (n > 0) {
      const last = instrs[n - 1];
      if (isJumpOp(last.op)) {
        const fwd = !last.target!.visited;
        switch (last.op) {
          case Pseudo.JUMP: last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD; break;
          case Pseudo.JUMP_NO_INTERRUPT: last.op = fwd ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT; break;
          case Pseudo.POP_JUMP_IF_NOT_NONE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE; break;
          case Pseudo.POP_JUMP_IF_NONE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE; break;
          case Pseudo.POP_JUMP_IF_FALSE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE; break;
          case Pseudo.POP_JUMP_IF_TRUE: last.op = fwd ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE; break;
          case Op.JUMP_IF_TRUE_OR_POP: case Op.JUMP_IF_FALSE_OR_POP:
            if (!fwd) throw new Error('unexpected JUMP_IF_*_OR_POP jumping backwards');
            break;
        }
      }
    }
    b.offset = total;
    for (let k = 0; k < n; k++) total += instrSize(instrs[k]);
  }
  return total;
}

/**
 * assemble_jump_offsets: set every jump's oparg from the block offsets, and redo the
 * offsets while some oparg grew an EXTENDED_ARG. Starts from the offsets `lowerAndLayOut`
 * computed; returns the final code size in code units.
 */
function assembleJumpOffsets(entry: Block, total: number): number {
  for (;;) {
    let grew = false;
    for (let b: Block | null = entry; b; b = b.next) {
      // A jump is always its block's last instruction, so it ends where the next block starts.
      const instrs = b.instrs;
      const n = instrs.length;
      if (n === 0) continue;
      const ins = instrs[n - 1];
      if (!isJumpOp(ins.op)) continue;
      const isize = instrSize(ins);
      const off = b.next ? b.next.offset : total;
      const t = ins.target!.offset;
      ins.arg = IS_BACKWARD[ins.op] ? off - t : t - off;
      if (instrSize(ins) !== isize) grew = true;
    }
    if (!grew) return total;
    total = 0;
    for (let b: Block | null = entry; b; b = b.next) {
      b.offset = total;
      const instrs = b.instrs;
      for (let k = 0; k < instrs.length; k++) total += instrSize(instrs[k]);
    }
  }
}

/** A Uint8Array with the first `n` bytes of `src`. */
function toBytes(src: number[], n: number = src.length): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = src[i];
  return out;
}

function insertPrefix(a: AssemblyInput, entry: Block, fixed: number[], nlocals: number): void {
  const prefix: Instr[] = [];
  const ncells = a.cellvars.length;
  if (a.freevars.length) prefix.push(mk(Op.COPY_FREE_VARS, a.freevars.length, NO_LOCATION));
  if (ncells) {
    const nvars = ncells + nlocals;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncells; i++) {
      const old = sorted[i] - 1;
      if (old === -1) continue;
      prefix.push(mk(Op.MAKE_CELL, old, NO_LOCATION));
      used++;
    }
  }
  if (a.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    prefix.push(mk(Op.RETURN_GENERATOR, 0, { lineno: a.firstlineno, endLineno: a.firstlineno, col: -1, endCol: -1 }));
    prefix.push(mk(Op.POP_TOP, 0, NO_LOCATION));
  }
  entry.instrs.unshift(...prefix);
}

/** Append the exception-table entry for `handler` over code units [start, end) (assemble_emit_exception_table_entry). */
function exceptionEntry(out: number[], handler: Block, start: number, end: number): void {
  let depth = handler.startDepth - 1;
  if (handler.preserveLasti) depth -= 1;
  writeExceptionTableEntry(out, start, end, handler.offset, depth, handler.preserveLasti);
}

/** One location-table writer for every assembly (assemble is not re-entrant: it calls nothing that compiles). */
const LINE_TABLE = new LineTableWriter(0);

/** Run the whole 3.11 assembly pipeline and build the CodeObject. */
export function assemble(a: AssemblyInput): CodeObject {
  // CPython walks u_blocks (newest first) for these two passes.
  const allocated = a.allocated;
  let hasHandlers = false;
  for (let i = allocated.length - 1; i >= 0; i--) if (normalizeBlock(allocated[i])) hasHandlers = true;
  for (let i = allocated.length - 1; i >= 0; i--) extendBlock(allocated[i]);

  const nlocals = a.varnames.length;
  const ncells = a.cellvars.length;
  const nfree = a.freevars.length;
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfree; i++) fixed.push(nlocals + i);
  for (let i = 0; i < ncells; i++) {
    const vi = a.varnames.indexOf(a.cellvars[i]);
    if (vi >= 0) fixed[i] = vi;
  }
  const entry = a.entry;
  insertPrefix(a, entry, fixed, nlocals);
  // fix_cell_offsets
  let numdropped = 0;
  for (let i = 0; i < ncells + nfree; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= numdropped;
    else numdropped++;
  }
  // (Only units with cells or free variables have DEREF-family instructions to renumber.)
  if (ncells + nfree > 0) for (let b: Block | null = entry; b; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.op) {
        case Op.MAKE_CELL: case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.STORE_DEREF:
        case Op.DELETE_DEREF: case Op.LOAD_CLASSDEREF:
          ins.arg = fixed[ins.arg];
      }
    }
  }

  optimizeCfg(entry, allocated, a.consts);
  duplicateExitsWithoutLineno(entry, a.allocated);
  trimConstsAndPropagateLineNumbers(entry, a.consts);
  guaranteeLinenoForExits(entry, a.firstlineno);
  const maxdepth = stackDepth(entry, a.isGeneratorLike);
  // Without a SETUP_* every instruction keeps the `except: null` it was made with.
  if (hasHandlers) labelExceptionTargets(entry);
  const nunits = assembleJumpOffsets(entry, lowerAndLayOut(entry));

  // co_code, the location table and the exception table in one walk over the instructions.
  const arena = a.arena;
  const code = arena.alloc(nunits * 2);
  const lt = LINE_TABLE;
  lt.reset(a.firstlineno);
  const exc: number[] = [];
  let handler: Block | null = null;
  let start = -1;
  let pc = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    const instrs = b.instrs;
    for (let k = 0; k < instrs.length; k++) {
      const ins = instrs[k];
      const op = ins.op;
      if (op < 0) throw new Error(`assembler: unlowered pseudo-instruction ${op}`);
      const unit = pc >> 1;
      if (ins.except !== handler) {
        if (handler) exceptionEntry(exc, handler, start, unit);
        start = unit;
        handler = ins.except;
      }
      const arg = hasArg(op) ? ins.arg : 0;
      if (arg > 0xffffff) { code[pc++] = Op.EXTENDED_ARG; code[pc++] = (arg >>> 24) & 0xff; }
      if (arg > 0xffff) { code[pc++] = Op.EXTENDED_ARG; code[pc++] = (arg >>> 16) & 0xff; }
      if (arg > 0xff) { code[pc++] = Op.EXTENDED_ARG; code[pc++] = (arg >>> 8) & 0xff; }
      code[pc++] = op;
      code[pc++] = arg & 0xff;
      pc += 2 * cacheUnits(op); // CACHE units are zero
      lt.add(ins.loc, (pc >> 1) - unit);
    }
  }
  if (handler) exceptionEntry(exc, handler, start, pc >> 1);

  // localsplus
  const nvars = a.varnames.length, ncellsOnly = a.cellvars.length, nfrees = a.freevars.length;
  const names: string[] = [];
  const kinds = arena.alloc(nvars + ncellsOnly + nfrees);
  let nk = 0;
  for (const v of a.varnames) {
    names.push(v);
    kinds[nk++] = CO_FAST_LOCAL | (ncellsOnly && a.cellvars.includes(v) ? CO_FAST_CELL : 0);
  }
  for (const c of a.cellvars) {
    if (a.varnames.includes(c)) continue;
    names.push(c);
    kinds[nk++] = CO_FAST_CELL;
  }
  for (const f of a.freevars) {
    names.push(f);
    kinds[nk++] = CO_FAST_FREE;
  }
  const linetable = arena.alloc(lt.size);
  lt.copyTo(linetable, 0);
  const exctable = arena.alloc(exc.length);
  for (let i = 0; i < exc.length; i++) exctable[i] = exc[i];

  return new CodeObject({
    co_argcount: a.argcount,
    co_posonlyargcount: a.posonlyargcount,
    co_kwonlyargcount: a.kwonlyargcount,
    co_stacksize: maxdepth,
    co_flags: a.flags,
    co_code: code,
    // The pool and the name list are the unit's own and die with it: no copies.
    co_consts: a.consts.values,
    co_names: a.names,
    co_localsplusnames: names,
    co_localspluskinds: nk === kinds.length ? kinds : kinds.subarray(0, nk),
    co_filename: a.filename,
    co_name: a.name,
    co_qualname: a.qualname,
    co_firstlineno: a.firstlineno,
    co_linetable: linetable,
    co_exceptiontable: exctable,
  });
}

export { isUncondJump };
