/**
 * Symbol tables: which names are local, global, free or cell in each scope.
 * Mirrors CPython 3.11's Python/symtable.c: a first pass records every
 * definition/use with DEF_* flags per block, a second pass (analyze_block)
 * resolves each name's scope, turning locals captured by inner functions into
 * cells and propagating free variables outwards.
 */
import type * as A from '../parser/ast.js';
import { syntaxError, type LocLike } from './errors.js';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Resolved scopes (symtable.h). */
export const enum Scope { NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 }

export type BlockType = 'function' | 'class' | 'module' | 'annotation';
export type ComprehensionKind = 0 | 'list' | 'set' | 'dict' | 'genexp';

/** One scope (CPython's PySTEntryObject). */
export class SymbolTableEntry {
  /** name -> DEF_* flags */
  symbols = new Map<string, number>();
  /** name -> resolved scope (after analysis) */
  scopes = new Map<string, Scope>();
  /** Parameters in order (ste_varnames). */
  varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = 0;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  nested = false;
  free = false;
  childFree = false;
  compIterTarget = false;
  compIterExpr = 0;
  /** Whether analysis gave any name the CELL or FREE scope or DEF_FREE_CLASS (else the compiler skips looking for them). */
  hasCellOrFree = false;
  /** Per-name first location of global/nonlocal directives (for error positions); made on the first directive. */
  directives: Map<string, LocLike> | null = null;

  constructor(public name: string, public type: BlockType, public key: object, public lineno: number, public colOffset: number) {}

  /** The resolved scope of a (mangled) name; NONE if unknown (e.g. names created only by the compiler). */
  getScope(name: string): Scope {
    return this.scopes.get(name) ?? Scope.NONE;
  }
  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  /** Where the first global/nonlocal directive for `name` was (null if none). */
  directive(name: string): LocLike | null {
    return this.directives?.get(name) ?? null;
  }
}

/** The result of building a module's symbol table: the top block and a lookup from AST node to its block. */
export class SymbolTable {
  top!: SymbolTableEntry;
  blocks = new Map<object, SymbolTableEntry>();
  /** Lookup the block created for a FunctionDef/Lambda/ClassDef/comprehension node. */
  lookup(key: object): SymbolTableEntry {
    const e = this.blocks.get(key);
    if (!e) throw new Error('symtable: unknown block');
    return e;
  }
}

/** CPython's _Py_Mangle: private names `__x` inside class `C` become `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

/**
 * Build and analyze the symbol table of a module (CPython's _PySymtable_Build).
 * `futureAnnotations` is whether `from __future__ import annotations` is in effect.
 * Throws PySyntaxError for scope errors (bad global/nonlocal, duplicate argument, ...).
 */
export function buildSymtable(mod: A.mod, filename: string, futureAnnotations: boolean): SymbolTable {
  const b = new Builder(filename, futureAnnotations);
  return b.build(mod);
}

class Builder {
  st = new SymbolTable();
  stack: SymbolTableEntry[] = [];
  cur!: SymbolTableEntry;
  global!: Map<string, number>;
  private: string | null = null;

  constructor(public filename: string, public futureAnnotations: boolean) {}

  err(msg: string, loc: LocLike | null): never {
    throw syntaxError(msg, this.filename, loc);
  }

  build(mod: A.mod): SymbolTable {
    this.enter('top', 'module', mod, 0, 0);
    this.st.top = this.cur;
    this.global = this.cur.symbols;
    switch (mod._type) {
      case 'Module': case 'Interactive':
        for (const s of mod.body) this.stmt(s);
        break;
      case 'Expression':
        this.expr(mod.body);
        break;
      default:
        throw new Error(`symtable: unsupported module kind ${mod._type}`);
    }
    this.exit();
    analyzeBlock(this.st.top, null, new Set(), EMPTY_NAMES, this);
    return this.st;
  }

  enter(name: string, type: BlockType, key: object, lineno: number, col: number): void {
    const prev = this.cur as SymbolTableEntry | undefined;
    const ste = new SymbolTableEntry(name, type, key, lineno, col);
    if (prev && (prev.nested || prev.type === 'function')) ste.nested = true;
    if (prev) {
      prev.children.push(ste);
      this.stack.push(prev);
    }
    this.st.blocks.set(key, ste);
    this.cur = ste;
  }
  exit(): void {
    const p = this.stack.pop();
    if (p) this.cur = p;
  }

  lookup(name: string): number {
    return this.cur.flags(mangle(this.private, name));
  }

  addDef(name: string, flag: number, loc: LocLike | null, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.private, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) this.err(`duplicate argument '${name}' in function definition`, loc);
      val |= flag;
    } else val = flag;
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.err(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      let g = flag;
      const o = this.global.get(mangled);
      if (o !== undefined) g |= o;
      this.global.set(mangled, g);
    }
  }

  // ---- statements ----
  stmts(ss: A.stmt[]): void { for (const s of ss) this.stmt(s); }
  exprs(es: (A.expr | null)[]): void { for (const e of es) if (e) this.expr(e); }

  stmt(s: A.stmt): void {
    switch (s._type) {
      // The most frequent statement kinds first: a switch on strings tests the cases in order.
      case 'Expr': this.expr(s.value); break;
      case 'Assign': this.exprs(s.targets); this.expr(s.value); break;
      case 'While': case 'If':
        this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'Return':
        if (s.value) { this.expr(s.value); this.cur.returnsValue = true; }
        break;
      case 'FunctionDef': case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.visitAnnotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'function', s, s.lineno, s.col_offset);
        if (s._type === 'AsyncFunctionDef') this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter(s.name, 'class', s, s.lineno, s.col_offset);
        const tmp = this.private;
        this.private = s.name;
        this.stmts(s.body);
        this.private = tmp;
        this.exit();
        break;
      }
      case 'Delete': this.exprs(s.targets); break;
      case 'AnnAssign': {
        if (s.target._type === 'Name') {
          const name = s.target.id;
          const cur = this.lookup(name);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && this.cur.symbols !== this.global && s.simple) {
            this.err(cur & DEF_GLOBAL ? `annotated name '${name}' can't be global` : `annotated name '${name}' can't be nonlocal`, s);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
        } else this.expr(s.target);
        this.visitAnnotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'For': case 'AsyncFor':
        this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Raise':
        if (s.exc) { this.expr(s.exc); if (s.cause) this.expr(s.cause); }
        break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a, s);
        break;
      case 'Global': case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const kw = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            this.err(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Pass': case 'Break': case 'Continue': break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      default:
        throw new Error(`symtable: unsupported statement ${(s as A.stmt)._type}`);
    }
  }

  recordDirective(name: string, loc: LocLike): void {
    const m = mangle(this.private, name);
    const d = this.cur.directives ??= new Map();
    if (!d.has(m)) d.set(m, loc);
  }

  visitAlias(a: A.alias, s: A.stmt): void {
    const storeName = a.asname ?? a.name.split('.')[0];
    if (a.name === '*') {
      if (this.cur.type !== 'module') this.err('import * only allowed at module level', s);
      return;
    }
    this.addDef(storeName, DEF_IMPORT, a);
  }

  visitAnnotation(ann: A.expr): void {
    if (this.futureAnnotations) {
      this.enter('_annotation', 'annotation', ann, ann.lineno, ann.col_offset);
      this.expr(ann);
      this.exit();
    } else this.expr(ann);
  }

  visitAnnotations(args: A.arguments, returns: A.expr | null): void {
    // CPython's visit order: posonly, args, vararg, kwonly, kwarg (matching compiler_visit_annotations).
    this.argAnnotations(args.posonlyargs);
    this.argAnnotations(args.args);
    if (args.vararg?.annotation) this.visitAnnotation(args.vararg.annotation);
    this.argAnnotations(args.kwonlyargs);
    if (args.kwarg?.annotation) this.visitAnnotation(args.kwarg.annotation);
    if (returns) this.visitAnnotation(returns);
  }

  argAnnotations(as: A.arg[]): void {
    for (let i = 0; i < as.length; i++) {
      const ann = as[i].annotation;
      if (ann) this.visitAnnotation(ann);
    }
  }

  visitArguments(args: A.arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) { this.addDef(args.vararg.arg, DEF_PARAM, args.vararg); this.cur.varargs = true; }
    if (args.kwarg) { this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg); this.cur.varkeywords = true; }
  }

  // ---- expressions ----
  expr(e: A.expr): void {
    switch (e._type) {
      // The most frequent node kinds first: a switch on strings tests the cases in order.
      case 'Name':
        this.addDef(e.id, e.ctx._type === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx._type === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'Constant': break;
      case 'Attribute': this.expr(e.value); break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'NamedExpr': this.handleNamedExpr(e); break;
      case 'BoolOp': this.exprs(e.values); break;
      case 'BinOp': this.expr(e.left); this.expr(e.right); break;
      case 'UnaryOp': this.expr(e.operand); break;
      case 'Lambda': {
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enter('lambda', 'function', e, e.lineno, e.col_offset);
        this.visitArguments(e.args);
        this.expr(e.body);
        this.exit();
        break;
      }
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); break;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); break;
      case 'Set': this.exprs(e.elts); break;
      case 'GeneratorExp': this.comprehension(e, 'genexpr', e.generators, e.elt, null); break;
      case 'ListComp': this.comprehension(e, 'listcomp', e.generators, e.elt, null); break;
      case 'SetComp': this.comprehension(e, 'setcomp', e.generators, e.elt, null); break;
      case 'DictComp': this.comprehension(e, 'dictcomp', e.generators, e.key, e.value); break;
      case 'Yield': case 'YieldFrom':
        this.raiseIfAnnotation(e._type === 'Yield' ? 'yield expression' : 'yield expression', e);
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehension(e);
        break;
      case 'Await':
        this.raiseIfAnnotation('await expression', e);
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr': this.exprs(e.values); break;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); break;
      case 'Starred': this.expr(e.value); break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case 'List': case 'Tuple': this.exprs(e.elts); break;
      default:
        throw new Error(`symtable: unsupported expression ${(e as A.expr)._type}`);
    }
  }

  raiseIfAnnotation(what: string, e: A.expr): void {
    if (this.cur.type === 'annotation') this.err(`'${what}' cannot be used within an annotation`, e);
  }

  raiseIfComprehension(e: A.expr): void {
    const k = this.cur.comprehension;
    const what = k === 'list' ? "'yield' inside list comprehension" : k === 'set' ? "'yield' inside set comprehension"
      : k === 'dict' ? "'yield' inside dict comprehension" : "'yield' inside generator expression";
    this.err(what, e);
  }

  handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.err('assignment expression cannot be used in a comprehension iterable expression', e);
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as A.Name);
    this.expr(e.value);
    this.expr(e.target);
  }

  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    const all = [...this.stack, this.cur];
    for (let i = all.length - 1; i >= 0; i--) {
      const ste = all[i];
      if (ste.comprehension) {
        const f = ste.flags(name);
        if (f & DEF_COMP_ITER) this.err(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        continue;
      }
      if (ste.type === 'function') {
        const f = ste.flags(name);
        if (f & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, target);
        else this.addDef(name, DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.type === 'class') this.err('assignment expression within a comprehension cannot be used in a class body', target);
    }
    throw new Error('symtable: named expression scope not found');
  }

  comprehension(e: A.expr, scopeName: string, gens: A.comprehension[], elt: A.expr, value: A.expr | null): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = gens[0];
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    this.enter(scopeName, 'function', e, e.lineno, e.col_offset);
    this.cur.comprehension = e._type === 'ListComp' ? 'list' : e._type === 'SetComp' ? 'set' : e._type === 'DictComp' ? 'dict' : 'genexp';
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef('.0', DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.expr(outermost.target);
    this.cur.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (let i = 1; i < gens.length; i++) {
      const lc = gens[i];
      this.cur.compIterTarget = true;
      this.expr(lc.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.expr(lc.iter);
      this.cur.compIterExpr--;
      this.exprs(lc.ifs);
      if (lc.is_async) this.cur.coroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exit();
    if (isAsync) this.cur.coroutine = true;
  }

  pattern(p: A.pattern): void {
    switch (p._type) {
      case 'MatchValue': this.expr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); break;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); break;
    }
  }
}

// ---- analysis (symtable.c analyze_*) ----

/** A shared, never-mutated empty set (the bound names a module passes to its children). */
const EMPTY_NAMES: ReadonlySet<string> = new Set<string>();

/**
 * analyze_block. CPython hands every child fresh copies of the bound and global name sets,
 * because a child's analyze_name edits them (a `global x` adds x to global and drops it from
 * bound; a binding drops x from global). Here `bound` and `global` are read-only for the
 * callee: a block copies one only when it would actually change it, and only when the edit
 * can be seen, i.e. by children of a non-class block (a class passes its children the sets
 * as they were before its own names). A child adds its free names straight into its
 * parent's set of all children's free names (the union CPython builds from the copies).
 */
function analyzeBlock(ste: SymbolTableEntry, bound: ReadonlySet<string> | null, free: Set<string>,
  global: ReadonlySet<string>, b: Builder): void {
  const isClass = ste.type === 'class', isFunction = ste.type === 'function';
  const children = ste.children;
  // Whether the edits of bound/global by this block's names matter (they reach only the children of a non-class block).
  const track = children.length > 0 && !isClass;
  let g = global, gOwned = false;
  let bd = bound, bdOwned = false;
  let locals: string[] | null = null;
  const scopes = ste.scopes;
  for (const name of ste.symbols.keys()) {
    const flags = ste.symbols.get(name)!;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) b.err(`name '${name}' is nonlocal and global`, ste.directive(name));
      scopes.set(name, Scope.GLOBAL_EXPLICIT);
      if (track) {
        if (!g.has(name)) {
          if (!gOwned) { g = new Set(g); gOwned = true; }
          (g as Set<string>).add(name);
        }
        if (bd && bd.has(name)) {
          if (!bdOwned) { bd = new Set(bd); bdOwned = true; }
          (bd as Set<string>).delete(name);
        }
      }
      continue;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) b.err('nonlocal declaration not allowed at module level', ste.directive(name));
      if (!bound.has(name)) b.err(`no binding for nonlocal '${name}' found`, ste.directive(name));
      scopes.set(name, Scope.FREE);
      ste.hasCellOrFree = true;
      ste.free = true;
      free.add(name);
      continue;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, Scope.LOCAL);
      if (track) {
        if (isFunction) (locals ??= []).push(name);
        if (g.has(name)) {
          if (!gOwned) { g = new Set(g); gOwned = true; }
          (g as Set<string>).delete(name);
        }
      }
      continue;
    }
    if (bound && bound.has(name)) {
      scopes.set(name, Scope.FREE);
      ste.hasCellOrFree = true;
      ste.free = true;
      free.add(name);
      continue;
    }
    if (!global.has(name) && ste.nested) ste.free = true;
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }
  if (children.length === 0) return;

  let newbound: ReadonlySet<string>;
  let newglobal: ReadonlySet<string>;
  if (isClass) {
    const nb = new Set(bound ?? EMPTY_NAMES);
    nb.add('__class__');
    newbound = nb;
    newglobal = global;
  } else {
    newglobal = g;
    if (isFunction && locals) {
      const nb = new Set(bd ?? EMPTY_NAMES);
      for (let i = 0; i < locals.length; i++) nb.add(locals[i]);
      newbound = nb;
    } else newbound = bd ?? EMPTY_NAMES;
  }
  const newfree = new Set<string>();
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    analyzeBlock(c, newbound, newfree, newglobal, b);
    if (c.free || c.childFree) ste.childFree = true;
  }
  if (newfree.size === 0) return;
  if (isFunction) {
    for (const name of newfree) {
      if (scopes.get(name) === Scope.LOCAL) {
        scopes.set(name, Scope.CELL);
        ste.hasCellOrFree = true;
        newfree.delete(name);
      }
    }
  } else if (isClass) {
    if (newfree.has('__class__')) {
      newfree.delete('__class__');
      ste.needsClassClosure = true;
    }
  }
  // update_symbols
  for (const name of newfree) {
    const v = ste.symbols.get(name);
    if (v !== undefined) {
      if (isClass && (v & (DEF_BOUND | DEF_GLOBAL))) {
        ste.symbols.set(name, v | DEF_FREE_CLASS);
        ste.hasCellOrFree = true;
      }
      continue;
    }
    if (bound && !bound.has(name)) continue;
    ste.symbols.set(name, 0);
    scopes.set(name, Scope.FREE);
    ste.hasCellOrFree = true;
  }
  for (const n of newfree) free.add(n);
}
