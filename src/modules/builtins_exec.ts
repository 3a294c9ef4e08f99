/**
 * The builtins that reach into the compiler, the VM and the importer:
 * `compile`, `exec`, `eval`, `__import__` (CPython Python/bltinmodule.c).
 */
import { frameLocals } from '../runtime/traceback.js';
import { type PyValue, PyObject, None, TypeErrorType, ValueErrorType, newError, typeName, isInstance, TupleType } from '../runtime/object.js';
import { PyDict } from '../runtime/dict.js';
import { parseArgs } from '../runtime/args.js';
import { compileSource } from '../compiler/index.js';
import { PyCode } from '../vm/frame.js';
import { execCode } from '../vm/run.js';
import { currentFrame } from '../vm/state.js';
import { isPySyntaxError, syntaxErrorToPy, importName, emitCompileWarnings } from '../importer/importer.js';
import { PyTuple } from '../runtime/tuple.js';
import { isTrue, iterToArray } from '../runtime/abstract.js';
import type { CodeObject } from '../bytecode/code.js';
import { call, getAttr } from '../runtime/attr.js';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

/** Text of a str/bytes source argument, or undefined. */
function sourceText(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  const bytes = (v as { bytes?: Uint8Array }).bytes;
  if (v instanceof PyObject && bytes instanceof Uint8Array) return new TextDecoder().decode(bytes);
  return undefined;
}

/** Compile with parser/compiler SyntaxErrors turned into Python SyntaxError exceptions. */
function compileText(src: string, filename: string, mode: 'exec' | 'eval' | 'single'): CodeObject {
  let code: CodeObject;
  try {
    code = compileSource(src, filename, mode);
  } catch (e) {
    if (isPySyntaxError(e)) {
      // Source from a string: pegen takes the line of an error behind the
      // tokenizer (an unclosed bracket found at the end) from the string,
      // without its newline.
      if (e.msg.endsWith(' was never closed') && e.text?.endsWith('\n') && e.lineno < src.replace(/\n$/, '').split('\n').length) {
        e.text = e.text.slice(0, -1);
      }
      throw syntaxErrorToPy(e);
    }
    throw e;
  }
  emitCompileWarnings(); // CPython's compiler warns as it compiles, for compile(), exec() and eval() of text too
  return code;
}

const COMPILE_SPEC = ['source', 'filename', 'mode', 'flags?', 'dont_inherit?', 'optimize?', '*', '_feature_version?'];

/** `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)` for str/bytes sources. */
export function compileBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('compile', args, kwnames, COMPILE_SPEC);
  const mode = p[2];
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    throw newError(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const flags = p[3];
  const filename = p[1];
  if (typeof filename !== 'string') typeErr(`compile() argument 'filename' must be str, not ${typeName(filename!)}`);
  if (p[0] instanceof PyCode) return p[0];
  // AST objects and PyCF_ONLY_AST go through the ast module (src/lib/ast.py, on _tspy_ast).
  const isAst = p[0] instanceof PyObject && p[0].ob_type.tp_mro.some((t) => t.tp_name === 'AST' && t.tp_dict.has('_fields'));
  const onlyAst = flags !== undefined && (typeof flags === 'number' || typeof flags === 'bigint') && (Number(flags) & 0x400) !== 0;
  if (isAst || onlyAst) {
    const ast = importName('ast', null, None, 0);
    return call(getAttr(ast, isAst && !onlyAst ? '_compile' : 'parse'), [p[0]!, filename, mode]);
  }
  const src = sourceText(p[0]!);
  if (src === undefined) typeErr('compile() arg 1 must be a string, bytes or AST object');
  return new PyCode(compileText(src, filename, mode));
}

/** Resolve the globals/locals pair like CPython: defaults come from the calling frame. */
function namespaces(fname: string, g: PyValue | undefined, l: PyValue | undefined): [PyDict, PyValue] {
  const isMapping = (v: PyValue): boolean => typeof v === 'object' && v.ob_type.lookup('__getitem__') !== undefined;
  const hasLocals = l !== undefined && l !== None;
  // CPython words these checks differently for eval() and exec(), and orders them differently.
  if (fname === 'eval') {
    if (hasLocals && !isMapping(l!)) typeErr('locals must be a mapping');
    if (g !== undefined && g !== None && !(g instanceof PyDict)) {
      typeErr(isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
    }
  }
  if (g === undefined || g === None) {
    const f = currentFrame();
    if (!f) typeErr(`${fname}() requires globals when called outside a frame`);
    if (hasLocals && !isMapping(l!)) typeErr(`locals must be a mapping or None, not ${typeName(l!)}`);
    return [f.globals, hasLocals ? l! : frameLocals(f)];
  }
  if (!(g instanceof PyDict)) typeErr(`${fname}() globals must be a dict, not ${typeName(g)}`);
  if (hasLocals) {
    if (!isMapping(l!)) typeErr(`locals must be a mapping or None, not ${typeName(l!)}`);
    return [g, l!];
  }
  return [g, g];
}

const EXEC_SPEC = ['source', 'globals?', 'locals?', '/', '*', 'closure?'];
const EVAL_SPEC = ['source', 'globals?', 'locals?', '/'];

/** `exec(source, globals=None, locals=None)`: str/bytes/code; returns None. */
export function execBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('exec', args, kwnames, EXEC_SPEC);
  const [globals, locals] = namespaces('exec', p[1], p[2]);
  let code: CodeObject;
  const src = p[0]!;
  if (src instanceof PyCode) code = src.code;
  else {
    const text = sourceText(src);
    if (text === undefined) typeErr(`exec() arg 1 must be a string, bytes or code object`);
    code = compileText(text, '<string>', 'exec');
  }
  execCode(code, globals, locals);
  return None;
}

/** `eval(source, globals=None, locals=None)`: an expression string (leading spaces/tabs stripped) or a code object. */
export function evalBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('eval', args, kwnames, EVAL_SPEC);
  const [globals, locals] = namespaces('eval', p[1], p[2]);
  const src = p[0]!;
  let code: CodeObject;
  if (src instanceof PyCode) code = src.code;
  else {
    const text = sourceText(src);
    if (text === undefined) typeErr('eval() arg 1 must be a string, bytes or code object');
    code = compileText(text.replace(/^[ \t]+/, ''), '<string>', 'eval');
  }
  return execCode(code, globals, locals);
}

const IMPORT_SPEC = ['name', 'globals?', 'locals?', 'fromlist?', 'level?'];

/** `__import__(name, globals=None, locals=None, fromlist=(), level=0)`. */
export function importBuiltin(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('__import__', args, kwnames, IMPORT_SPEC);
  const name = p[0]!;
  if (typeof name !== 'string') typeErr(`__import__() argument 1 must be str, not ${typeName(name)}`);
  const g = p[1] instanceof PyDict ? p[1] : null;
  let fromlist: PyValue = p[3] === undefined ? None : p[3];
  if (fromlist !== None && !isTrue(fromlist)) fromlist = None;
  else if (fromlist !== None && !isInstance(fromlist, TupleType)) fromlist = new PyTuple(iterToArray(fromlist));
  const level = p[4] === undefined ? 0 : Number(p[4]);
  if (level < 0) throw newError(ValueErrorType, 'level must be >= 0');
  return importName(name, g, fromlist, level);
}
