/**
 * Disassembler printing exactly what CPython 3.11's `python3 -m dis FILE`
 * prints (Lib/dis.py: line-number column, `>>` jump-target marks, offsets in
 * bytes, 20-wide opcode names, 5-wide opargs, argument details, the
 * ExceptionTable section, then nested code objects depth-first under
 * "Disassembly of <code object ...>:" headers).
 *
 * Code-object addresses cannot match CPython's; we print a stable fake
 * address per code object: 0x7f00000000 + 0x100 * (its index in a
 * depth-first walk of the top-level code's constants, top level = 0).
 */
import { CodeObject } from './code.js';
import { Op, OPCODES, NB_OPS, CMP_OP } from './opcodes.js';
import { ConstTuple, ConstFrozenSet, type ConstValue } from './constants.js';
import { co_positions } from './linetable.js';
import { parseExceptionTable } from './exceptiontable.js';
import { reprConst } from '../parser/repr.js';

const HAS_NAME = new Set<number>([Op.STORE_NAME, Op.DELETE_NAME, Op.STORE_ATTR, Op.DELETE_ATTR, Op.STORE_GLOBAL,
  Op.DELETE_GLOBAL, Op.LOAD_NAME, Op.LOAD_ATTR, Op.IMPORT_NAME, Op.IMPORT_FROM, Op.LOAD_GLOBAL, Op.LOAD_METHOD]);
const HAS_LOCAL = new Set<number>([Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST]);
const HAS_FREE = new Set<number>([Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF]);
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_VALUE_CONVERTERS = ['', 'str', 'repr', 'ascii'];

/** One decoded instruction (like dis.Instruction). */
export interface DisInstruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argrepr: string;
  /** Byte offset. */
  offset: number;
  startsLine: number | null;
  isJumpTarget: boolean;
  /** Jump target byte offset, for jumps. */
  target: number | null;
}

/** Where the address in a code object's repr comes from. */
export interface CodeAddresses {
  addr(co: CodeObject): string;
}

/** Names the fake addresses are drawn from; reset per top-level `disassemble` call. */
class AddressBook implements CodeAddresses {
  private ids = new Map<CodeObject, number>();
  constructor(root: CodeObject) {
    let n = 0;
    const walk = (co: CodeObject): void => {
      this.ids.set(co, n++);
      for (const c of co.co_consts) if (c instanceof CodeObject) walk(c);
    };
    walk(root);
  }
  addr(co: CodeObject): string {
    const i = this.ids.get(co) ?? 0;
    return '0x' + (0x7f00000000 + 0x100 * i).toString(16);
  }
}

function codeRepr(co: CodeObject, book: CodeAddresses): string {
  return `<code object ${co.co_name} at ${book.addr(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

function constRepr(v: ConstValue, book: CodeAddresses): string {
  if (v instanceof CodeObject) return codeRepr(v, book);
  if (v instanceof ConstTuple && v.items.some((x) => x instanceof CodeObject)) {
    if (v.items.length === 1) return '(' + constRepr(v.items[0], book) + ',)';
    return '(' + v.items.map((x) => constRepr(x, book)).join(', ') + ')';
  }
  if (v instanceof ConstFrozenSet) return reprConst(sortedFrozenSet(v));
  return reprConst(v);
}

/** CPython prints small-int frozensets in hash (= value) order; mimic that for ints. */
function sortedFrozenSet(v: ConstFrozenSet): ConstFrozenSet {
  if (v.items.every((x) => typeof x === 'bigint' && x >= 0n && x < 1n << 30n)) {
    return new ConstFrozenSet([...v.items].sort((a, b) => ((a as bigint) < (b as bigint) ? -1 : 1)));
  }
  return v;
}

function isBackward(op: number): boolean {
  return OPCODES[op]?.jump === 'backward';
}

/** Line starts as `dict(dis.findlinestarts(code))`: byte offset -> line. */
export function findLineStarts(code: CodeObject): Map<number, number> {
  const res = new Map<number, number>();
  const pos = co_positions(code);
  let last: number | null = null;
  let prevLine: number | null | undefined = undefined;
  for (let i = 0; i < pos.length; i++) {
    const line = pos[i][0];
    if (line !== prevLine) {
      prevLine = line;
      if (line !== null && line !== last) {
        last = line;
        res.set(i * 2, line);
      }
    }
  }
  return res;
}

/** Decode `code` into instructions (skipping CACHE units), like dis.get_instructions. */
export function getInstructions(code: CodeObject, book?: CodeAddresses): DisInstruction[] {
  const bytes = code.co_code;
  const addrs = book ?? new AddressBook(code);
  const linestarts = findLineStarts(code);
  const excs = parseExceptionTable(code.co_exceptiontable);
  const labels = new Set<number>();
  const out: DisInstruction[] = [];
  let extArg = 0;
  const raw: { offset: number; op: number; arg: number | null }[] = [];
  for (let i = 0; i < bytes.length;) {
    const op = bytes[i];
    const info = OPCODES[op];
    let arg: number | null = null;
    if (info && info.hasArg) {
      arg = bytes[i + 1] | extArg;
      extArg = info.deopt === Op.EXTENDED_ARG ? arg << 8 : 0;
    } else extArg = 0;
    raw.push({ offset: i, op, arg });
    i += 2 + 2 * (info ? info.cache : 0);
  }
  for (const r of raw) {
    const info = OPCODES[r.op];
    if (info && info.jump !== 'none' && r.arg !== null) {
      const deop = info.deopt;
      const signed = isBackward(deop) ? -r.arg : r.arg;
      labels.add(r.offset + 2 + signed * 2 + 2 * (OPCODES[deop]?.cache ?? 0));
    }
  }
  for (const e of excs) if (e.end > e.start) labels.add(e.target * 2);
  for (const r of raw) {
    const info = OPCODES[r.op];
    const deop = info ? info.deopt : r.op;
    let argrepr = '';
    let target: number | null = null;
    const arg = r.arg;
    if (arg !== null) {
      if (deop === Op.LOAD_CONST) {
        argrepr = arg < code.co_consts.length ? constRepr(code.co_consts[arg], addrs) : '';
      } else if (HAS_NAME.has(deop)) {
        if (deop === Op.LOAD_GLOBAL) {
          argrepr = code.co_names[arg >> 1] ?? '';
          if ((arg & 1) && argrepr) argrepr = 'NULL + ' + argrepr;
        } else argrepr = code.co_names[arg] ?? '';
      } else if (info && info.jump !== 'none') {
        const signed = isBackward(deop) ? -arg : arg;
        target = r.offset + 2 + signed * 2 + 2 * (OPCODES[deop]?.cache ?? 0);
        argrepr = 'to ' + target;
      } else if (HAS_LOCAL.has(deop) || HAS_FREE.has(deop)) {
        argrepr = code.co_localsplusnames[arg] ?? '';
      } else if (deop === Op.COMPARE_OP) {
        argrepr = CMP_OP[arg] ?? '';
      } else if (deop === Op.FORMAT_VALUE) {
        argrepr = FORMAT_VALUE_CONVERTERS[arg & 3];
        if (arg & 4) argrepr += (argrepr ? ', ' : '') + 'with format';
      } else if (deop === Op.MAKE_FUNCTION) {
        argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      } else if (deop === Op.BINARY_OP) {
        argrepr = NB_OPS[arg]?.[1] ?? '';
      }
    }
    out.push({
      opname: info ? info.name : `<${r.op}>`,
      opcode: r.op,
      arg,
      argrepr,
      offset: r.offset,
      startsLine: linestarts.get(r.offset) ?? null,
      isJumpTarget: labels.has(r.offset),
      target,
    });
  }
  return out;
}

function disassembleOne(code: CodeObject, book: CodeAddresses, out: string[]): void {
  const linestarts = findLineStarts(code);
  const showLineno = linestarts.size > 0;
  let linenoWidth = 0;
  if (showLineno) {
    const maxLine = Math.max(...linestarts.values());
    linenoWidth = maxLine >= 1000 ? String(maxLine).length : 3;
  }
  const maxOffset = code.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of getInstructions(code, book)) {
    if (showLineno && ins.startsLine !== null && ins.offset > 0) out.push('');
    const fields: string[] = [];
    if (linenoWidth) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
    fields.push('   ');
    fields.push(ins.isJumpTarget ? '>>' : '  ');
    fields.push(String(ins.offset).padStart(offsetWidth));
    fields.push(ins.opname.padEnd(20));
    if (ins.arg !== null) {
      fields.push(String(ins.arg).padStart(5));
      if (ins.argrepr) fields.push('(' + ins.argrepr + ')');
    }
    out.push(fields.join(' ').replace(/\s+$/, ''));
  }
  const excs = parseExceptionTable(code.co_exceptiontable);
  if (excs.length) {
    out.push('ExceptionTable:');
    for (const e of excs) {
      out.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
}

function disassembleRecursive(code: CodeObject, book: CodeAddresses, out: string[], depth: number): void {
  disassembleOne(code, book, out);
  if (depth === 0) return;
  for (const c of code.co_consts) {
    if (c instanceof CodeObject) {
      out.push('');
      out.push(`Disassembly of ${codeRepr(c, book)}:`);
      disassembleRecursive(c, book, out, depth - 1);
    }
  }
}

/**
 * Disassemble a code object and, recursively (at most `depth` levels; -1:
 * all), the code objects in its constants: the text `python3 -m dis` prints
 * (with a trailing newline). `addresses` gives the address shown in a code
 * object's repr (default: stable fake ones, since the CLI has no live objects).
 */
export function disassemble(code: CodeObject, addresses?: CodeAddresses, depth = -1): string {
  const out: string[] = [];
  disassembleRecursive(code, addresses ?? new AddressBook(code), out, depth);
  return out.join('\n') + '\n';
}
