/**
 * `match` statement code generation (CPython 3.11 compile.c,
 * compiler_match / compiler_pattern_*): subjects stay on the stack while
 * sub-patterns are matched; captured names are rotated below and stored only
 * once the whole case matched; failures jump to a ladder of POP_TOP blocks
 * (`fail_pop`) that discard what has been pushed so far.
 */
import type * as A from '../parser/ast.js';
import { Op, NB } from '../bytecode/opcodes.js';
import { ConstTuple, type ConstValue } from '../bytecode/constants.js';
import { Pseudo, type Block } from './cfg.js';
import type { Compiler } from './codegen.js';
import { visitExpr, jumpIf, addCompare } from './codegen_expr.js';
import { visitStmts } from './codegen_stmt.js';
import { constKey } from './consts.js';

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Block[];
  onTop: number;
}

const isWildcard = (p: A.pattern): boolean => p._type === 'MatchAs' && !p.pattern && !p.name;
const isWildcardStar = (p: A.pattern): boolean => p._type === 'MatchStar' && !p.name;

function reprName(n: string): string {
  return "'" + n + "'";
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(c.newBlock());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops]);
  c.nextBlock();
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) {
    c.nextBlock();
    return;
  }
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  while (count > 1) c.addopI(Op.SWAP, count--);
}

function storeName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP);
    return;
  }
  c.forbiddenName(n, 'Store');
  if (pc.stores.includes(n)) c.error(`multiple assignments to name ${reprName(n)} in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, elts: A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= (0x7fffffff >> 8)) c.error('too many expressions in star-unpacking sequence pattern');
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'MatchStar') {
      c.error('multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: A.pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i], pc);
  }
}

function sequenceSubscr(c: Compiler, patterns: A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p)) continue;
    if (i === star) continue;
    c.addopI(Op.COPY, 1);
    if (i < star) c.loadConst(BigInt(i));
    else {
      c.addop(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      c.addopI(Op.BINARY_OP, NB.SUBTRACT);
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (!p.pattern) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(`name capture ${reprName(p.name)} makes remaining patterns unreachable`);
      c.error('wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns, kwdAttrs = p.kwd_attrs, kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length, nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  if (nattrs) {
    for (let i = 0; i < nattrs; i++) {
      c.setLoc(kwdPatterns[i]);
      c.forbiddenName(kwdAttrs[i], 'Store');
      for (let j = i + 1; j < nattrs; j++) {
        if (kwdAttrs[i] === kwdAttrs[j]) {
          c.setLoc(kwdPatterns[j]);
          c.error(`attribute name repeated in class pattern: ${kwdAttrs[i]}`);
        }
      }
    }
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst(new ConstTuple(kwdAttrs.slice()));
  c.addopI(Op.MATCH_CLASS, nargs);
  c.addopI(Op.COPY, 1);
  c.loadConst(null);
  c.addopI(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys, patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.addopI(Op.COMPARE_OP, 5);
    jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key._type === 'Constant') {
      const k = constKeyForSet(key.value);
      if (seen.has(k)) c.error(`mapping pattern checks duplicate key (${reprConst(key.value)})`);
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      c.error('mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  pc.onTop += 2;
  c.addopI(Op.COPY, 1);
  c.loadConst(null);
  c.addopI(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i], pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    c.addopI(Op.BUILD_MAP, 0);
    c.addopI(Op.SWAP, 3);
    c.addopI(Op.DICT_UPDATE, 2);
    c.addopI(Op.UNPACK_SEQUENCE, size);
    while (size) {
      c.addopI(Op.COPY, 1 + size--);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP);
    c.addop(Op.POP_TOP);
  }
}

/** Keys equal under Python's hash/eq (1 == 1.0 == True) collide like in CPython's `seen` set. */
function constKeyForSet(v: ConstValue): string {
  if (typeof v === 'boolean') return 'n' + (v ? '1' : '0');
  if (typeof v === 'bigint') return 'n' + v.toString();
  if (typeof v === 'number' && Number.isInteger(v)) return 'n' + BigInt(v).toString();
  return constKey(v);
}

function reprConst(v: ConstValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return "'" + v + "'";
  return String(v);
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (!i) control = pc.stores;
    else if (nstores !== control!.length) c.error('alternative patterns bind different names');
    else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error('alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.addopJ(Pseudo.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, Pseudo.JUMP);
  c.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) c.error(`multiple assignments to name ${reprName(name)} in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP);
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === 'MatchStar') {
      if (star >= 0) c.error('multiple starred names in sequence pattern');
      starWildcard = isWildcardStar(q);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.addopI(Op.COMPARE_OP, 2);
    jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN);
    c.loadConst(BigInt(size - 1));
    c.addopI(Op.COMPARE_OP, 5);
    jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

function pattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case 'MatchValue':
      if (p.value._type !== 'Constant' && p.value._type !== 'Attribute') c.error('patterns may only match literals and attribute lookups');
      visitExpr(c, p.value);
      addCompare(c, { _type: 'Eq' });
      jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSingleton':
      c.loadConst(p.value);
      addCompare(c, { _type: 'Is' });
      jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

/** compiler_match */
export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i];
    c.setLoc(m.pattern);
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP);
    visitStmts(c, m.body);
    c.unsetLoc(); // the jump to the end has no location of its own (UNSET_LOC in compiler_match_inner)
    c.addopJ(Pseudo.JUMP, end);
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1];
    c.setLoc(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP);
    else c.addop(Op.NOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useNextBlock(end);
}
