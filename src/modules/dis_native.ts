/**
 * `_tspy_dis`: the native half of tspy's `dis` module (src/lib/dis.py). It
 * applies the disassembler that `tspy dis` uses (src/bytecode/dis.ts, one
 * implementation for both) to live code objects: the disassembly text with
 * the code objects' real addresses (as their reprs show them), the decoded
 * instructions with their `argval`s (CPython Lib/dis.py `_get_instructions_bytes`),
 * the line starts, `stack_effect`, and the opcode tables of src/bytecode/opcodes.ts.
 */
import { type PyValue, PyBuiltinFunction, PyObject, None, TypeErrorType, ValueErrorType, newError } from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { index as pyIndex, isTrue, objectId } from '../runtime/abstract.js';
import { CodeObject } from '../bytecode/code.js';
import { disassemble, findLineStarts, getInstructions } from '../bytecode/dis.js';
import type { CodeAddresses } from '../bytecode/dis.js';
import { co_positions } from '../bytecode/linetable.js';
import { CMP_OP, EXTENDED_ARG, HAVE_ARGUMENT, OPCODES, OPMAP, Op } from '../bytecode/opcodes.js';
import { stackEffect } from '../bytecode/stack_effect.js';
import { PyCode, codeInfo } from '../vm/frame.js';
import { dictGetStr, mkList, mkTuple } from '../vm/rt.js';
import { PyDict, dictFromPairs } from '../runtime/dict.js';
import { getBuiltins } from './builtins.js';

/** Code objects shown at the address their repr gives (the id of their Python wrapper). */
const LIVE_ADDRESSES: CodeAddresses = {
  addr: (co: CodeObject) => '0x' + objectId(codeInfo(co).pyCode as PyObject).toString(16),
};

function codeArg(fn: string, v: PyValue): CodeObject {
  if (v instanceof PyCode) return v.code;
  throw newError(TypeErrorType, `${fn}() expects a code object`);
}

// CPython 3.11 Lib/opcode.py: the opcodes each `has*` list names.
const HAS_CONST = [Op.LOAD_CONST, Op.KW_NAMES];
const HAS_NAME = [Op.STORE_NAME, Op.DELETE_NAME, Op.STORE_ATTR, Op.DELETE_ATTR, Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.LOAD_NAME,
  Op.IMPORT_NAME, Op.IMPORT_FROM, Op.LOAD_ATTR, Op.LOAD_GLOBAL, Op.LOAD_METHOD];
const HAS_LOCAL = [Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST];
const HAS_FREE = [Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF];
const FORMAT_CONVERTERS = [null, 'str', 'repr', 'ascii'];

/** The `argval` dis shows for an instruction (the constant, name, jump target, comparison, ...). */
function argvalOf(code: CodeObject, opcode: number, arg: number | null, target: number | null): PyValue {
  if (arg === null) return None;
  const deop = OPCODES[opcode]?.deopt ?? opcode;
  if (HAS_CONST.includes(deop)) return codeInfo(code).consts[arg] ?? None;
  if (HAS_NAME.includes(deop)) return code.co_names[deop === Op.LOAD_GLOBAL ? arg >> 1 : arg] ?? None;
  if (HAS_LOCAL.includes(deop) || HAS_FREE.includes(deop)) return code.co_localsplusnames[arg] ?? None;
  if (target !== null) return target;
  if (deop === Op.COMPARE_OP) return CMP_OP[arg] ?? None;
  if (deop === Op.FORMAT_VALUE) {
    const conv = FORMAT_CONVERTERS[arg & 3];
    return mkTuple([conv === null ? None : (dictGetStr(getBuiltins(), conv) ?? None), (arg & 4) !== 0]);
  }
  return arg;
}

/** The attributes of `_tspy_dis`. */
export function disNativeEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, '_tspy_dis')]);
  fn('disassemble', (a, k) => {
    const [co, depth] = parseArgs('disassemble', a, k, ['code', 'depth?']);
    const d = depth === undefined || depth === None ? -1 : Number(pyIndex(depth));
    return disassemble(codeArg('disassemble', co!), LIVE_ADDRESSES, d < 0 ? -1 : d);
  });
  fn('instructions', (a, k) => {
    const [co] = parseArgs('instructions', a, k, ['code']);
    const code = codeArg('instructions', co!);
    const pos = co_positions(code);
    return mkList(
      getInstructions(code, LIVE_ADDRESSES).map((ins) => {
        const p = pos[ins.offset >> 1] ?? [null, null, null, null];
        return mkTuple([
          ins.opname,
          ins.opcode,
          ins.arg ?? None,
          argvalOf(code, ins.opcode, ins.arg, ins.target),
          ins.argrepr,
          ins.offset,
          ins.startsLine ?? None,
          ins.isJumpTarget,
          mkTuple(p.map((x) => x ?? None)),
        ]);
      }),
    );
  });
  fn('linestarts', (a, k) => {
    const [co] = parseArgs('linestarts', a, k, ['code']);
    return mkList([...findLineStarts(codeArg('linestarts', co!))].map(([off, line]) => mkTuple([off, line])));
  });
  fn('stack_effect', (a, k) => {
    const [op, oparg, jump] = parseArgs('stack_effect', a, k, ['opcode', 'oparg?', '*', 'jump?']);
    const opcode = Number(pyIndex(op!));
    const info = OPCODES[opcode];
    if (!info || opcode === Op.CACHE || info.deopt !== opcode) throw newError(ValueErrorType, 'invalid opcode or oparg');
    const hasArg = opcode >= HAVE_ARGUMENT;
    if (hasArg && (oparg === undefined || oparg === None)) throw newError(ValueErrorType, 'stack_effect: opcode requires oparg but oparg was not specified');
    if (!hasArg && oparg !== undefined && oparg !== None) throw newError(ValueErrorType, 'stack_effect: opcode does not permit oparg but oparg was specified');
    const n = hasArg ? Number(pyIndex(oparg!)) : 0;
    const j = jump === undefined || jump === None ? undefined : isTrue(jump);
    return stackEffect(opcode, n, j);
  });
  const names: PyValue[] = [];
  for (let op = 0; op < 256; op++) names.push(OPCODES[op] && OPCODES[op]!.deopt === op ? OPCODES[op]!.name : `<${op}>`);
  out.push(['opname', mkList(names)]);
  const baseOps = Object.entries(OPMAP).filter(([, code]) => OPCODES[code]!.deopt === code);
  out.push(['opmap', dictFromPairs(baseOps.map(([name, code]) => [name, code] as [PyValue, PyValue])) as PyDict]);
  out.push(['specialized_opmap', dictFromPairs(Object.entries(OPMAP).filter(([, code]) => OPCODES[code]!.deopt !== code).map(([name, code]) => [name, code] as [PyValue, PyValue]))]);
  // dis.deoptmap: specialized name -> the name of its base instruction.
  out.push(['deoptmap', dictFromPairs(Object.entries(OPMAP).filter(([, code]) => OPCODES[code]!.deopt !== code).map(([name, code]) => [name, OPCODES[OPCODES[code]!.deopt]!.name] as [PyValue, PyValue]))]);
  out.push(['cmp_op', mkTuple(CMP_OP.slice())]);
  out.push(['hasconst', mkList(HAS_CONST.slice())]);
  out.push(['hasname', mkList([...HAS_NAME].sort((x, y) => x - y))]);
  out.push(['hasjrel', mkList(OPCODES.filter((o) => o && o.jump !== 'none' && o.deopt === o.code).map((o) => o!.code))]);
  out.push(['hasjabs', mkList([])]);
  out.push(['haslocal', mkList(HAS_LOCAL.slice())]);
  out.push(['hascompare', mkList([Op.COMPARE_OP])]);
  out.push(['hasfree', mkList(HAS_FREE.slice())]);
  out.push(['hasnargs', mkList([])]);
  out.push(['HAVE_ARGUMENT', HAVE_ARGUMENT]);
  out.push(['EXTENDED_ARG', EXTENDED_ARG]);
  out.push(['cache_entries', dictFromPairs(OPCODES.filter((o) => o && o.cache > 0 && o.deopt === o.code).map((o) => [o!.name, o!.cache] as [PyValue, PyValue]))]);
  return out;
}
