/**
 * Statement code generation (CPython 3.11 compile.c: compiler_visit_stmt and
 * friends): definitions, assignments, loops, try/except/finally, except*,
 * with/async with, imports, assert, return/break/continue.
 */
import type * as A from '../parser/ast.js';
import { Op, NB } from '../bytecode/opcodes.js';
import { ConstTuple } from '../bytecode/constants.js';
import { Pseudo, type Location } from './cfg.js';
import { Compiler, FBlockType, getDocString, type ScopeType } from './codegen.js';
import { visitExpr, jumpIf, callHelper, binopArg, visitAnnExpr } from './codegen_expr.js';
import { compileMatch } from './codegen_pattern.js';
import { mangle } from './symtable.js';

export function visitStmts(c: Compiler, ss: A.stmt[]): void {
  for (const s of ss) visitStmt(c, s);
}

/** compiler_visit_stmt */
export function visitStmt(c: Compiler, s: A.stmt): void {
  c.setLoc(s);
  switch (s._type) {
    // The most frequent statement kinds first: a switch on strings tests the cases in order.
    case 'Expr': return compileStmtExpr(c, s.value);
    case 'If': return compileIf(c, s);
    case 'FunctionDef': return compileFunction(c, s, false);
    case 'AsyncFunctionDef': return compileFunction(c, s, true);
    case 'ClassDef': return compileClass(c, s);
    case 'Return': return compileReturn(c, s);
    case 'Delete': for (const t of s.targets) visitExpr(c, t); return;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1);
        visitExpr(c, s.targets[i]);
      }
      return;
    }
    case 'AugAssign': return compileAugAssign(c, s);
    case 'AnnAssign': return compileAnnAssign(c, s);
    case 'For': return compileFor(c, s);
    case 'AsyncFor': return compileAsyncFor(c, s);
    case 'While': return compileWhile(c, s);
    case 'Match': return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) { visitExpr(c, s.cause); n++; }
      }
      c.addopI(Op.RAISE_VARARGS, n);
      c.nextBlock();
      return;
    }
    case 'Try':
      if (s.finalbody.length) return compileTryFinally(c, s, compileTryExcept);
      return compileTryExcept(c, s);
    case 'TryStar':
      if (s.finalbody.length) return compileTryFinally(c, s, compileTryStarExcept);
      return compileTryStarExcept(c, s);
    case 'Assert': return compileAssert(c, s);
    case 'Import': return compileImport(c, s);
    case 'ImportFrom': return compileFromImport(c, s);
    case 'Global': case 'Nonlocal': return;
    case 'Pass': c.addop(Op.NOP); return;
    case 'Break': {
      c.addop(Op.NOP);
      const loop = c.unwindFBlockStack(false, true);
      if (!loop) c.error("'break' outside loop");
      c.unwindFBlock(loop, false);
      c.addopJ(Pseudo.JUMP, loop.exit!);
      c.nextBlock();
      return;
    }
    case 'Continue': {
      c.addop(Op.NOP);
      const loop = c.unwindFBlockStack(false, true);
      if (!loop) c.error("'continue' not properly in loop");
      c.addopJ(Pseudo.JUMP, loop.block!);
      c.nextBlock();
      return;
    }
    case 'With': return compileWith(c, s, 0);
    case 'AsyncWith': return compileAsyncWith(c, s, 0);
    default:
      throw new Error(`compiler: unsupported statement ${(s as A.stmt)._type}`);
  }
}

function compileStmtExpr(c: Compiler, value: A.expr): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value._type === 'Constant') {
    c.addop(Op.NOP);
    return;
  }
  visitExpr(c, value);
  c.unsetLoc();
  c.addop(Op.POP_TOP);
}

function compileReturn(c: Compiler, s: A.Return): void {
  const v = s.value;
  const preserveTos = v !== null && v._type !== 'Constant';
  if (c.u.ste.type !== 'function') c.error("'return' outside function");
  if (v !== null && c.u.ste.coroutine && c.u.ste.generator) c.error("'return' with value in async generator");
  if (preserveTos) visitExpr(c, v!);
  else if (v !== null) {
    c.setLoc(v);
    c.addop(Op.NOP);
  }
  if (v === null || v.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(Op.NOP);
  }
  c.unwindFBlockStack(preserveTos, false);
  if (v === null) c.loadConst(null);
  else if (!preserveTos) c.loadConst((v as A.Constant).value);
  c.addop(Op.RETURN_VALUE);
  // No explicit new block here: the next instruction starts one (push), and a body that ends
  // with `return` then needs no implicit `return None` (CPython adds no None constant for it).
}

// ---- functions and classes ----

function decorators(c: Compiler, decos: A.expr[]): void {
  for (const d of decos) visitExpr(c, d);
}

function applyDecorators(c: Compiler, decos: A.expr[]): void {
  const old = c.u.loc;
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.u.loc = old;
}

function checkDebugArgs(c: Compiler, args: A.arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
  if (args.vararg) all.push(args.vararg);
  if (args.kwarg) all.push(args.kwarg);
  for (const a of all) if (a.arg === '__debug__') c.error('cannot assign to __debug__', a);
}

/** compiler_default_arguments: push defaults tuple / kwdefaults dict; returns MAKE_FUNCTION flags. */
export function defaultArguments(c: Compiler, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 0x01;
  }
  const keys: string[] = [];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const d = args.kw_defaults[i];
    if (d) {
      keys.push(mangle(c.u.private, args.kwonlyargs[i].arg));
      visitExpr(c, d);
    }
  }
  if (keys.length) {
    c.loadConst(new ConstTuple(keys));
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= 0x02;
  }
  return flags;
}

function visitArgAnnotation(c: Compiler, id: string, ann: A.expr | null, acc: { n: number }): void {
  if (!ann) return;
  c.loadConst(mangle(c.u.private, id));
  if (c.futureAnnotations) visitAnnExpr(c, ann);
  else if (ann._type === 'Starred') {
    visitExpr(c, ann.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1);
  } else visitExpr(c, ann);
  acc.n += 2;
}

function visitAnnotations(c: Compiler, args: A.arguments, returns: A.expr | null): boolean {
  const acc = { n: 0 };
  for (const a of args.args) visitArgAnnotation(c, a.arg, a.annotation, acc);
  for (const a of args.posonlyargs) visitArgAnnotation(c, a.arg, a.annotation, acc);
  if (args.vararg && args.vararg.annotation) visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, acc);
  for (const a of args.kwonlyargs) visitArgAnnotation(c, a.arg, a.annotation, acc);
  if (args.kwarg && args.kwarg.annotation) visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, acc);
  visitArgAnnotation(c, 'return', returns, acc);
  if (acc.n) {
    c.addopI(Op.BUILD_TUPLE, acc.n);
    return true;
  }
  return false;
}

function compileFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
  const scopeType: ScopeType = isAsync ? 'async' : 'function';
  checkDebugArgs(c, s.args);
  decorators(c, s.decorator_list);
  let firstlineno = s.lineno;
  if (s.decorator_list.length) firstlineno = s.decorator_list[0].lineno;
  let flags = defaultArguments(c, s.args);
  if (visitAnnotations(c, s.args, s.returns)) flags |= 0x04;
  c.enterScope(s.name, scopeType, s, firstlineno);
  const doc = c.optimize < 2 ? getDocString(s.body) : null;
  c.addConst(doc);
  c.u.argcount = s.args.args.length;
  c.u.posonlyargcount = s.args.posonlyargs.length;
  c.u.kwonlyargcount = s.args.kwonlyargs.length;
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  const co = c.assemble(true);
  c.exitScope();
  c.makeClosure(co, flags);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

function compileClass(c: Compiler, s: A.ClassDef): void {
  decorators(c, s.decorator_list);
  let firstlineno = s.lineno;
  if (s.decorator_list.length) firstlineno = s.decorator_list[0].lineno;
  c.enterScope(s.name, 'class', s, firstlineno);
  c.u.private = s.name;
  c.nameop('__name__', 'Load');
  c.nameop('__module__', 'Store');
  c.loadConst(c.u.qualname);
  c.nameop('__qualname__', 'Store');
  c.body(s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    const i = c.u.cellvars.get('__class__')!;
    c.addopI(Op.LOAD_CLOSURE, i);
    c.addopI(Op.COPY, 1);
    c.nameop('__classcell__', 'Store');
  } else {
    c.loadConst(null);
  }
  c.addop(Op.RETURN_VALUE);
  const co = c.assemble(true);
  c.exitScope();
  c.addop(Op.PUSH_NULL);
  c.addop(Op.LOAD_BUILD_CLASS);
  c.makeClosure(co, 0);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, 'Store');
}

// ---- assignments ----

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const old = c.u.loc;
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1);
      updateStartLocationToMatchAttr(c, e);
      c.addopName(Op.LOAD_ATTR, e.attr);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.addopI(Op.COPY, 2);
      c.addopI(Op.COPY, 2);
      c.addop(Op.BINARY_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Load');
      break;
    default:
      throw new Error(`invalid node type ${e._type} for augmented assignment`);
  }
  c.u.loc = old;
  visitExpr(c, s.value);
  c.addopI(Op.BINARY_OP, binopArg(s.op) + NB.INPLACE_ADD);
  c.setLoc(e);
  switch (e._type) {
    case 'Attribute':
      updateStartLocationToMatchAttr(c, e);
      c.addopI(Op.SWAP, 2);
      c.addopName(Op.STORE_ATTR, e.attr);
      break;
    case 'Subscript':
      c.addopI(Op.SWAP, 3);
      c.addopI(Op.SWAP, 2);
      c.addop(Op.STORE_SUBSCR);
      break;
    case 'Name':
      c.nameop(e.id, 'Store');
      break;
  }
}

/** update_start_location_to_match_attr: attribute ops on a later line start at the attribute name. */
export function updateStartLocationToMatchAttr(c: Compiler, attr: A.Attribute): void {
  const loc = c.u.loc;
  const endLineno = attr.end_lineno ?? attr.lineno;
  if (loc.lineno !== endLineno) {
    // A literal with the fields in Location order: every location object keeps one hidden class.
    const n: Location = { lineno: endLineno, endLineno: loc.endLineno, col: loc.col, endCol: loc.endCol };
    const len = [...attr.attr].length;
    const endCol = attr.end_col_offset ?? -1;
    if (len <= endCol) n.col = endCol - len;
    else { n.col = -1; n.endCol = -1; }
    n.endLineno = Math.max(n.lineno, n.endLineno);
    if (n.lineno === n.endLineno) n.endCol = Math.max(n.col, n.endCol);
    c.u.loc = n;
  }
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  switch (targ._type) {
    case 'Name':
      c.forbiddenName(targ.id, 'Store');
      if (s.simple && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) {
        if (c.futureAnnotations) visitAnnExpr(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, '__annotations__');
        c.loadConst(mangle(c.u.private, targ.id));
        c.addop(Op.STORE_SUBSCR);
      }
      break;
    case 'Attribute':
      c.forbiddenName(targ.attr, 'Store');
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`invalid node type ${targ._type} for annotated assignment`);
  }
  if (!s.simple && !c.futureAnnotations && (c.u.scopeType === 'module' || c.u.scopeType === 'class')) {
    checkAnnExpr(c, s.annotation);
  }
}

// ---- control flow ----

function compileFor(c: Compiler, s: A.For): void {
  const start = c.newBlock(), body = c.newBlock(), cleanup = c.newBlock(), end = c.newBlock();
  c.pushFBlock(FBlockType.FOR_LOOP, start, end, null);
  visitExpr(c, s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.addopJ(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ(Pseudo.JUMP, start);
  c.useNextBlock(cleanup);
  c.popFBlock();
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function checkAsyncAllowed(c: Compiler, what: string): void {
  if (c.u.scopeType !== 'async') c.error(`'${what}' outside async function`);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  checkAsyncAllowed(c, 'async for');
  const start = c.newBlock(), except = c.newBlock(), end = c.newBlock();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER);
  c.useNextBlock(start);
  c.pushFBlock(FBlockType.FOR_LOOP, start, end, null);
  c.addopJ(Pseudo.SETUP_FINALLY, except);
  c.addop(Op.GET_ANEXT);
  c.loadConst(null);
  c.addYieldFrom(true);
  c.addop(Pseudo.POP_BLOCK);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.addopJ(Pseudo.JUMP, start);
  c.popFBlock();
  c.useNextBlock(except);
  c.setLoc(s.iter);
  c.addop(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newBlock(), body = c.newBlock(), anchor = c.newBlock(), end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFBlock(FBlockType.WHILE_LOOP, loop, end, null);
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  visitStmts(c, s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFBlock();
  c.useNextBlock(anchor);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

function compileIf(c: Compiler, s: A.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJNoLine(Pseudo.JUMP, end);
    c.useNextBlock(next);
    visitStmts(c, s.orelse);
  }
  c.useNextBlock(end);
}

function compileAssert(c: Compiler, s: A.Assert): void {
  // Always warned about, even under -O: a non-empty tuple is always true.
  const t = s.test;
  if ((t._type === 'Tuple' && t.elts.length > 0) || (t._type === 'Constant' && t.value instanceof ConstTuple && t.value.items.length > 0)) {
    c.warn('assertion is always true, perhaps remove parentheses?');
  }
  if (c.optimize) return;
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.PRECALL, 0);
    c.addopI(Op.CALL, 0);
  }
  c.addopI(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}

// ---- exceptions ----

function popExceptAndReraise(c: Compiler): void {
  c.addopI(Op.COPY, 3);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 1);
}

/**
 * `try ... finally` around a body that is either plain statements or a
 * `try/except` (`except*` for TryStar): CPython's compiler_try_finally and
 * compiler_try_star_finally, which differ only in how the handlers compile.
 */
function compileTryFinally<T extends A.Try | A.TryStar>(c: Compiler, s: T, compileExcept: (c: Compiler, s: T) => void): void {
  const body = c.newBlock(), end = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  c.addopJ(Pseudo.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.FINALLY_TRY, body, end, s.finalbody);
  if (s.handlers.length) compileExcept(c, s);
  else visitStmts(c, s.body);
  c.addopNoLine(Pseudo.POP_BLOCK);
  c.popFBlock();
  visitStmts(c, s.finalbody);
  c.addopJNoLine(Pseudo.JUMP, exit);
  c.useNextBlock(end);
  c.unsetLoc();
  c.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.FINALLY_END, end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

function compileTryExcept(c: Compiler, s: A.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock(), cleanup = c.newBlock();
  c.addopJ(Pseudo.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine(Pseudo.POP_BLOCK);
  visitStmts(c, s.orelse);
  c.addopJNoLine(Pseudo.JUMP, end);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.EXCEPTION_HANDLER, null, null, null);
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i] as A.ExceptHandler;
    c.setLoc(h);
    if (!h.type && i < n - 1) c.error("default 'except:' must be last");
    except = c.newBlock();
    if (h.type) {
      visitExpr(c, h.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.addopJ(Pseudo.POP_JUMP_IF_FALSE, except);
    }
    if (h.name) {
      const cleanupEnd = c.newBlock(), cleanupBody = c.newBlock();
      c.nameop(h.name, 'Store');
      c.addopJ(Pseudo.SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name);
      visitStmts(c, h.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(Pseudo.POP_BLOCK);
      c.addop(Pseudo.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.loadConst(null);
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
      c.addopJ(Pseudo.JUMP, end);
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      c.loadConst(null);
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
      c.addopI(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP);
      c.useNextBlock(cleanupBody);
      c.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
      visitStmts(c, h.body);
      c.popFBlock();
      c.unsetLoc();
      c.addop(Pseudo.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.addopJ(Pseudo.JUMP, end);
    }
    c.useNextBlock(except);
  }
  c.unsetLoc();
  c.popFBlock();
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

function compileTryStarExcept(c: Compiler, s: A.TryStar): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const orelse = c.newBlock(), end = c.newBlock(), cleanup = c.newBlock(), reraiseStar = c.newBlock();
  c.addopJ(Pseudo.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock();
  c.addopNoLine(Pseudo.POP_BLOCK);
  c.addopJNoLine(Pseudo.JUMP, orelse);
  const n = s.handlers.length;
  c.useNextBlock(except);
  c.unsetLoc();
  c.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, 'except handler');
  for (let i = 0; i < n; i++) {
    const h = s.handlers[i] as A.ExceptHandler;
    c.setLoc(h);
    except = c.newBlock();
    const exceptWithError = c.newBlock();
    const noMatch = c.newBlock();
    if (i === 0) {
      c.addopI(Op.COPY, 1);
      c.addopI(Op.BUILD_LIST, 0);
      c.addopI(Op.SWAP, 2);
    }
    if (h.type) {
      visitExpr(c, h.type);
      c.addop(Op.CHECK_EG_MATCH);
      c.addopI(Op.COPY, 1);
      c.addopJ(Pseudo.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newBlock(), cleanupBody = c.newBlock();
    if (h.name) c.nameop(h.name, 'Store');
    else c.addop(Op.POP_TOP);
    c.addopJ(Pseudo.SETUP_CLEANUP, cleanupEnd);
    c.useNextBlock(cleanupBody);
    c.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name);
    visitStmts(c, h.body);
    c.popFBlock();
    c.unsetLoc();
    c.addop(Pseudo.POP_BLOCK);
    if (h.name) {
      c.loadConst(null);
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
    }
    c.addopJ(Pseudo.JUMP, except);
    c.useNextBlock(cleanupEnd);
    c.unsetLoc();
    if (h.name) {
      c.loadConst(null);
      c.nameop(h.name, 'Store');
      c.nameop(h.name, 'Del');
    }
    c.addopI(Op.LIST_APPEND, 3);
    c.addop(Op.POP_TOP);
    c.addopJ(Pseudo.JUMP, exceptWithError);
    c.useNextBlock(except);
    c.addop(Op.NOP);
    c.addopJ(Pseudo.JUMP, exceptWithError);
    c.useNextBlock(noMatch);
    c.addop(Op.POP_TOP);
    c.useNextBlock(exceptWithError);
    if (i === n - 1) {
      c.addopI(Op.LIST_APPEND, 1);
      c.addopJ(Pseudo.JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFBlock();
  const reraise = c.newBlock();
  c.useNextBlock(reraiseStar);
  c.addop(Op.PREP_RERAISE_STAR);
  c.addopI(Op.COPY, 1);
  c.addopJ(Pseudo.POP_JUMP_IF_NOT_NONE, reraise);
  c.addop(Op.POP_TOP);
  c.addop(Pseudo.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addopJ(Pseudo.JUMP, end);
  c.useNextBlock(reraise);
  c.addop(Pseudo.POP_BLOCK);
  c.addopI(Op.SWAP, 2);
  c.addop(Op.POP_EXCEPT);
  c.addopI(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(orelse);
  visitStmts(c, s.orelse);
  c.useNextBlock(end);
}

// ---- with ----

function withExceptFinish(c: Compiler, cleanup: import('./cfg.js').Block): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.addopJ(Pseudo.POP_JUMP_IF_TRUE, exit);
  c.nextBlock();
  c.addopI(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP);
  c.addop(Pseudo.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}

function compileWith(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newBlock(), final = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_WITH);
  c.addopJ(Pseudo.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.WITH, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.unsetLoc();
  c.addop(Pseudo.POP_BLOCK);
  c.popFBlock();
  c.setLoc(s);
  c.callExitWithNones();
  c.addop(Op.POP_TOP);
  c.addopJ(Pseudo.JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

function compileAsyncWith(c: Compiler, s: A.AsyncWith, pos: number): void {
  checkAsyncAllowed(c, 'async with');
  const item = s.items[pos];
  const block = c.newBlock(), final = c.newBlock(), exit = c.newBlock(), cleanup = c.newBlock();
  visitExpr(c, item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH);
  c.addopI(Op.GET_AWAITABLE, 1);
  c.loadConst(null);
  c.addYieldFrom(true);
  c.addopJ(Pseudo.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFBlock(FBlockType.ASYNC_WITH, block, final, s);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.popFBlock();
  c.addop(Pseudo.POP_BLOCK);
  c.setLoc(s);
  c.callExitWithNones();
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(null);
  c.addYieldFrom(true);
  c.addop(Op.POP_TOP);
  c.addopJ(Pseudo.JUMP, exit);
  c.useNextBlock(final);
  c.addopJ(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  c.addopI(Op.GET_AWAITABLE, 2);
  c.loadConst(null);
  c.addYieldFrom(true);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

// ---- imports ----

function importAs(c: Compiler, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot !== -1) {
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf('.', pos);
      const attr = name.substring(pos, dot !== -1 ? dot : name.length);
      c.addopNameRaw(Op.IMPORT_FROM, attr);
      if (dot === -1) break;
      c.addopI(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
    }
    c.nameop(asname, 'Store');
    c.addop(Op.POP_TOP);
    return;
  }
  c.nameop(asname, 'Store');
}

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst(0n);
    c.loadConst(null);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) importAs(c, alias.name, alias.asname);
    else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot !== -1 ? alias.name.substring(0, dot) : alias.name, 'Store');
    }
  }
}

function compileFromImport(c: Compiler, s: A.ImportFrom): void {
  c.loadConst(BigInt(s.level ?? 0));
  const names = s.names.map((a) => a.name);
  if (s.module === '__future__' && s.lineno > futureLineno(c)) {
    c.error('from __future__ imports must occur at the beginning of the file');
  }
  c.loadConst(new ConstTuple(names));
  c.addopName(Op.IMPORT_NAME, s.module ?? '');
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith('*')) {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store');
  }
  c.addop(Op.POP_TOP);
}

function futureLineno(c: Compiler): number {
  return c.futureLineno;
}
