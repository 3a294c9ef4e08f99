/**
 * The code generator's core: compilation units (one per code object), the
 * instruction emitters, name resolution (compiler_nameop), scopes, closures
 * and the frame-block stack used to unwind `return`/`break`/`continue`
 * through `try`/`with`/loops. Mirrors CPython 3.11's Python/compile.c; the
 * statement, expression and pattern visitors live in codegen_stmt.ts,
 * codegen_expr.ts and codegen_pattern.ts.
 */
import { addCompileWarning } from './compile_warnings.js';
import type * as A from '../parser/ast.js';
import { Op } from '../bytecode/opcodes.js';
import { ConstSurrogateStr, type ConstValue } from '../bytecode/constants.js';
import { CodeObject, CO_OPTIMIZED, CO_NEWLOCALS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import { Block, type Instr, NO_LOCATION, Pseudo, type Location, isScopeExit, isJumpOp } from './cfg.js';
import { ConstPool } from './consts.js';
import { assemble, ByteArena } from './assembler.js';
import { SymbolTable, SymbolTableEntry, Scope, mangle, DEF_FREE_CLASS } from './symtable.js';
import { syntaxError, type LocLike } from './errors.js';
import { visitStmt, visitStmts } from './codegen_stmt.js';
import { visitExpr } from './codegen_expr.js';

export type ScopeType = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension';

export const enum FBlockType {
  WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
  HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
}

/** A frame block (CPython's fblockinfo). `datum` is the finally body, the with statement or the handler name. */
export interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  datum: unknown;
}

const CO_MAXBLOCKS = 20;
export const STACK_USE_GUIDELINE = 30;
/** CO_FUTURE_ANNOTATIONS / CO_FUTURE_BARRY_AS_BDFL flags as CPython puts them in co_flags. */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;

/** The empty name-index map units share until they have a cell or free variable (never mutated). */
const NO_NAMES: Map<string, number> = new Map();

/** One code object being compiled (CPython's compiler_unit). */
export class Unit {
  consts = new ConstPool();
  names = new Map<string, number>();
  varnames = new Map<string, number>();
  /** Cell and free variable indexes; most units have none and share NO_NAMES (never written: replaced by a new map first). */
  cellvars: Map<string, number> = NO_NAMES;
  freevars: Map<string, number> = NO_NAMES;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  blocks: Block[] = [];
  entry: Block;
  cur: Block;
  loc: Location;
  fblocks: FBlock[] = [];
  private: string | null = null;
  qualname = '';

  constructor(public ste: SymbolTableEntry, public name: string, public scopeType: ScopeType, public firstlineno: number) {
    this.entry = this.cur = this.newBlock();
    this.loc = { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
    for (const v of ste.varnames) if (!this.varnames.has(v)) this.varnames.set(v, this.varnames.size);
    // Cells and frees in sorted order (dictbytype sorts the keys); most scopes have none, so pick them out before sorting.
    const cells: string[] = [], frees: string[] = [];
    if (ste.hasCellOrFree) {
      for (const k of ste.symbols.keys()) {
        const scope = ste.getScope(k);
        if (scope === Scope.CELL) cells.push(k);
        if (scope === Scope.FREE || (ste.flags(k) & DEF_FREE_CLASS)) frees.push(k);
      }
    }
    if (cells.length > 1) cells.sort(cmpStr);
    if (frees.length > 1) frees.sort(cmpStr);
    if (cells.length || ste.needsClassClosure) {
      this.cellvars = new Map();
      for (const k of cells) this.cellvars.set(k, this.cellvars.size);
      if (ste.needsClassClosure) this.cellvars.set('__class__', 0);
    }
    if (frees.length) {
      this.freevars = new Map();
      const off = this.cellvars.size;
      let i = 0;
      for (const k of frees) this.freevars.set(k, off + i++);
    }
  }

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }
}

/**
 * Code-point order like Python's str comparison. JS `<` compares UTF-16 units,
 * which differs only where a surrogate meets a unit in U+E000..U+FFFF; fix
 * those up at the first difference.
 */
export function cmpStr(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function addName(map: Map<string, number>, name: string): number {
  let i = map.get(name);
  if (i === undefined) {
    i = map.size;
    map.set(name, i);
  }
  return i;
}

export function locOf(n: LocLike): Location {
  return { lineno: n.lineno, endLineno: n.end_lineno ?? n.lineno, col: n.col_offset, endCol: n.end_col_offset ?? n.col_offset };
}

/** The compiler state for one module (CPython's struct compiler). */
export class Compiler {
  u!: Unit;
  stack: Unit[] = [];
  interactive = false;
  nestlevel = 0;
  /** Line of the last valid `from __future__` import (-1 if none), for the "must occur at the beginning" check. */
  futureLineno = -1;
  /** Backing memory of the byte fields of this module's code objects. */
  arena = new ByteArena();

  constructor(public st: SymbolTable, public filename: string, public optimize: number, public futureFlags: number) {}

  get futureAnnotations(): boolean { return (this.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0; }

  // ---- errors ----
  /** compiler_warn: queue a SyntaxWarning at the current location's line (compile_warnings.ts). */
  warn(msg: string): void {
    const l = this.u.loc;
    const loc = { lineno: l.lineno, col_offset: l.col, end_lineno: l.endLineno, end_col_offset: l.endCol };
    addCompileWarning({ category: 'SyntaxWarning', message: msg, filename: this.filename, lineno: l.lineno, loc });
  }

  error(msg: string, loc?: LocLike | null): never {
    const l = loc ?? { lineno: this.u.loc.lineno, col_offset: this.u.loc.col, end_lineno: this.u.loc.endLineno, end_col_offset: this.u.loc.endCol };
    throw syntaxError(msg, this.filename, l);
  }

  // ---- locations ----
  setLoc(n: LocLike): void {
    // Keep the current object when the span is the same (an expression statement and its expression).
    const l = this.u.loc;
    if (l.lineno === n.lineno && l.col === n.col_offset && l.endLineno === (n.end_lineno ?? n.lineno) && l.endCol === (n.end_col_offset ?? n.col_offset)) return;
    this.u.loc = locOf(n);
  }
  unsetLoc(): void { const l = this.u.loc; this.u.loc = { lineno: -1, endLineno: l.endLineno, col: l.col, endCol: l.endCol }; }

  // ---- emission ----
  private push(op: number, arg: number, target: Block | null, loc: Location): void {
    // compiler_use_new_implicit_block_if_needed: a jump or exit always ends its block.
    const last = this.u.cur.last();
    if (last && (isJumpOp(last.op) || isScopeExit(last.op))) this.nextBlock();
    const ins: Instr = { op, arg, target, loc, except: null };
    this.u.cur.instrs.push(ins);
  }
  addop(op: number): void { this.push(op, 0, null, this.u.loc); }
  addopI(op: number, arg: number): void { this.push(op, arg, null, this.u.loc); }
  addopNoLine(op: number): void { this.push(op, 0, null, NO_LOCATION); }
  addopNoLineI(op: number, arg: number): void { this.push(op, arg, null, NO_LOCATION); }
  addopJ(op: number, target: Block): void { this.push(op, 0, target, this.u.loc); }
  addopJNoLine(op: number, target: Block): void { this.push(op, 0, target, NO_LOCATION); }
  loadConst(v: ConstValue): void { this.addopI(Op.LOAD_CONST, this.u.consts.add(v)); }
  addConst(v: ConstValue): number { return this.u.consts.add(v); }
  /** ADDOP_NAME: mangled name in co_names; LOAD_GLOBAL's oparg is shifted left for the NULL bit. */
  addopName(op: number, name: string): void {
    let arg = addName(this.u.names, mangle(this.u.private, name));
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg);
  }
  /** ADDOP_N on co_names without mangling. */
  addopNameRaw(op: number, name: string): void { this.addopI(op, addName(this.u.names, name)); }

  newBlock(): Block { return this.u.newBlock(); }
  useNextBlock(b: Block): void {
    this.u.cur.next = b;
    this.u.cur = b;
  }
  nextBlock(): void { this.useNextBlock(this.newBlock()); }

  // ---- fblocks ----
  pushFBlock(type: FBlockType, block: Block | null, exit: Block | null, datum: unknown): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error('too many statically nested blocks');
    this.u.fblocks.push({ type, block, exit, datum });
  }
  popFBlock(): void { this.u.fblocks.pop(); }

  /** compiler_unwind_fblock */
  unwindFBlock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FBlockType.WHILE_LOOP: case FBlockType.EXCEPTION_HANDLER: case FBlockType.EXCEPTION_GROUP_HANDLER:
      case FBlockType.ASYNC_COMPREHENSION_GENERATOR:
        return;
      case FBlockType.FOR_LOOP:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case FBlockType.TRY_EXCEPT:
        this.addop(Pseudo.POP_BLOCK);
        return;
      case FBlockType.FINALLY_TRY:
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.pushFBlock(FBlockType.POP_VALUE, null, null, null);
        visitStmts(this, info.datum as A.stmt[]);
        if (preserveTos) this.popFBlock();
        this.unsetLoc();
        return;
      case FBlockType.FINALLY_END:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case FBlockType.WITH: case FBlockType.ASYNC_WITH:
        this.setLoc(info.datum as A.stmt);
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === FBlockType.ASYNC_WITH) {
          this.addopI(Op.GET_AWAITABLE, 2);
          this.loadConst(null);
          this.addYieldFrom(true);
        }
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FBlockType.HANDLER_CLEANUP:
        if (info.datum) this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (info.datum) {
          this.loadConst(null);
          this.nameop(info.datum as string, 'Store');
          this.nameop(info.datum as string, 'Del');
        }
        return;
      case FBlockType.POP_VALUE:
        if (preserveTos) this.addopI(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  /** compiler_unwind_fblock_stack: returns the innermost loop if `wantLoop`. */
  unwindFBlockStack(preserveTos: boolean, wantLoop: boolean): FBlock | null {
    const fb = this.u.fblocks;
    if (fb.length === 0) return null;
    const top = fb[fb.length - 1];
    if (top.type === FBlockType.EXCEPTION_GROUP_HANDLER) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (wantLoop && (top.type === FBlockType.WHILE_LOOP || top.type === FBlockType.FOR_LOOP)) return top;
    fb.pop();
    this.unwindFBlock(top, preserveTos);
    const r = this.unwindFBlockStack(preserveTos, wantLoop);
    fb.push(top);
    return r;
  }

  callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.addopI(Op.PRECALL, 2);
    this.addopI(Op.CALL, 2);
  }

  /** ADD_YIELD_FROM: the SEND/YIELD_VALUE loop of `yield from` and `await`. */
  addYieldFrom(isAwait: boolean): void {
    const start = this.newBlock(), resume = this.newBlock(), exit = this.newBlock();
    this.useNextBlock(start);
    this.addopJ(Op.SEND, exit);
    this.useNextBlock(resume);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, isAwait ? 3 : 2);
    this.addopJ(Pseudo.JUMP_NO_INTERRUPT, start);
    this.useNextBlock(exit);
  }

  /** ADDOP_YIELD: async generators wrap the yielded value. */
  addYield(): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.addop(Op.ASYNC_GEN_WRAP);
    this.addop(Op.YIELD_VALUE);
    this.addopI(Op.RESUME, 1);
  }

  // ---- names ----
  forbiddenName(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (ctx === 'Store' && name === '__debug__') this.error('cannot assign to __debug__');
    if (ctx === 'Del' && name === '__debug__') this.error('cannot delete __debug__');
  }

  /** compiler_nameop: choose LOAD/STORE/DELETE _FAST/_DEREF/_GLOBAL/_NAME from the symbol's scope. */
  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    this.forbiddenName(name, ctx);
    const mangled = mangle(this.u.private, name);
    const scope = this.u.ste.getScope(mangled);
    const isFunc = this.u.ste.type === 'function';
    let optype: 'fast' | 'global' | 'deref' | 'name' = 'name';
    let dict = this.u.names;
    switch (scope) {
      case Scope.FREE: dict = this.u.freevars; optype = 'deref'; break;
      case Scope.CELL: dict = this.u.cellvars; optype = 'deref'; break;
      case Scope.LOCAL: if (isFunc) optype = 'fast'; break;
      case Scope.GLOBAL_IMPLICIT: if (isFunc) optype = 'global'; break;
      case Scope.GLOBAL_EXPLICIT: optype = 'global'; break;
    }
    let op: number;
    switch (optype) {
      case 'deref':
        op = ctx === 'Load' ? (this.u.ste.type === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case 'fast':
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopI(op, addName(this.u.varnames, mangled));
        return;
      case 'global':
        op = ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      default:
        op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
    }
    let arg: number;
    if (optype === 'deref') {
      arg = dict.get(mangled) ?? -1;
      if (arg < 0) {
        // A name the symtable did not see (should not happen); register it as a free variable.
        arg = this.u.cellvars.size + this.u.freevars.size;
        if (this.u.freevars === NO_NAMES) this.u.freevars = new Map();
        this.u.freevars.set(mangled, arg);
      }
    } else arg = addName(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg);
  }

  // ---- scopes ----
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, name, scopeType, lineno);
    if (this.u) {
      this.stack.push(this.u);
      u.private = this.u.private;
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === 'module') {
      const l = u.loc;
      u.loc = { lineno: 0, endLineno: l.endLineno, col: l.col, endCol: l.endCol };
    } else {
      this.setQualname();
    }
    this.addopI(Op.RESUME, 0);
    if (scopeType === 'module') {
      const l = u.loc;
      u.loc = { lineno: -1, endLineno: l.endLineno, col: l.col, endCol: l.endCol };
    }
  }

  exitScope(): void {
    this.nestlevel--;
    const p = this.stack.pop();
    if (p) this.u = p;
  }

  setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === 'function' || u.scopeType === 'async' || u.scopeType === 'class') {
        const m = mangle(parent.private, u.name);
        if (parent.ste.getScope(m) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === 'function' || parent.scopeType === 'async' || parent.scopeType === 'lambda') base = parent.qualname + '.<locals>';
        else base = parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  computeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === 'function') {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= this.futureFlags;
    return flags;
  }

  /** assemble(): finish the current unit (adding the implicit `return None`) and build its CodeObject. */
  assemble(addNone: boolean): CodeObject {
    const u = this.u;
    const last = u.cur.last();
    if (!last || last.op !== Op.RETURN_VALUE) {
      this.unsetLoc();
      if (addNone) this.loadConst(null);
      this.addop(Op.RETURN_VALUE);
    }
    let firstlineno = u.firstlineno;
    if (!firstlineno) {
      const f = u.entry.instrs[0];
      firstlineno = f && f.loc.lineno > 0 ? f.loc.lineno : 1;
      u.firstlineno = firstlineno;
    }
    const flags = this.computeFlags();
    const ste = u.ste;
    return assemble({
      entry: u.entry,
      allocated: u.blocks,
      consts: u.consts,
      names: [...u.names.keys()],
      varnames: [...u.varnames.keys()],
      cellvars: [...u.cellvars.keys()],
      freevars: [...u.freevars.keys()],
      flags,
      // co_argcount counts positional-only parameters too (CPython's makecode).
      argcount: u.argcount + u.posonlyargcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      firstlineno,
      name: u.name,
      qualname: u.qualname || u.name,
      filename: this.filename,
      isGeneratorLike: ste.generator || ste.coroutine,
      arena: this.arena,
    });
  }

  /** compiler_make_closure: LOAD_CLOSURE the code's free variables, then MAKE_FUNCTION. */
  makeClosure(co: CodeObject, flags: number): void {
    const free = co.co_freevars;
    if (free.length) {
      for (const name of free) {
        let reftype: Scope;
        if (this.u.scopeType === 'class' && name === '__class__') reftype = Scope.CELL;
        else reftype = this.u.ste.getScope(name);
        let arg: number | undefined;
        if (reftype === Scope.CELL) arg = this.u.cellvars.get(name);
        else arg = this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler_make_closure: lookup of '${name}' failed in ${this.u.name}`);
        this.addopI(Op.LOAD_CLOSURE, arg);
      }
      flags |= 0x08;
      this.addopI(Op.BUILD_TUPLE, free.length);
    }
    this.loadConst(co);
    this.addopI(Op.MAKE_FUNCTION, flags);
  }

  /** compiler_body: SETUP_ANNOTATIONS, docstring, statements. */
  body(stmts: A.stmt[]): void {
    if (this.u.scopeType === 'module' && stmts.length) this.setLoc(stmts[0]);
    if (findAnn(stmts)) this.addop(Op.SETUP_ANNOTATIONS);
    if (!stmts.length) return;
    let i = 0;
    if (this.optimize < 2) {
      const doc = getDocString(stmts);
      if (doc !== null) {
        i = 1;
        const st = stmts[0] as A.Expr;
        visitExpr(this, st.value);
        this.unsetLoc();
        this.nameop('__doc__', 'Store');
      }
    }
    for (; i < stmts.length; i++) visitStmt(this, stmts[i]);
  }

  /** Compile a whole module/expression/interactive input. */
  compileMod(mod: A.Module | A.Expression | A.Interactive): CodeObject {
    this.enterScope('<module>', 'module', mod, 1);
    let addNone = true;
    switch (mod._type) {
      case 'Module':
        this.body(mod.body);
        break;
      case 'Interactive':
        if (findAnn(mod.body)) this.addop(Op.SETUP_ANNOTATIONS);
        this.interactive = true;
        for (const s of mod.body) visitStmt(this, s);
        break;
      case 'Expression':
        visitExpr(this, mod.body);
        addNone = false;
        break;
    }
    const co = this.assemble(addNone);
    this.exitScope();
    return co;
  }

  /** True when the last emitted instruction leaves the scope (used to avoid dead code). */
  curBlockExits(): boolean {
    const l = this.u.cur.last();
    return !!l && isScopeExit(l.op);
  }
}

/** _PyAST_GetDocString: the first statement's string constant, if any. */
export function getDocString(body: A.stmt[]): string | ConstSurrogateStr | null {
  if (!body.length) return null;
  const s = body[0];
  if (s._type !== 'Expr') return null;
  const e = s.value;
  if (e._type === 'Constant' && (typeof e.value === 'string' || e.value instanceof ConstSurrogateStr)) return e.value;
  return null;
}

/** find_ann: does this body (not nested defs) contain an annotated assignment? */
export function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const c of st.cases) if (findAnn(c.body)) return true;
        break;
    }
  }
  return false;
}
