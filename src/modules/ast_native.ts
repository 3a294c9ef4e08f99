/**
 * `_tspy_ast`: the native half of tspy's `ast` module (src/lib/ast.py). It
 * hands the parser's tree (src/parser, CPython's node and field names) to
 * Python as nested tuples that ast.py turns into node objects, and takes a
 * tree of Python node objects back to the compiler (`compile(tree, ...)`).
 * The node table is NODE_FIELDS of src/parser/ast.ts (generated from
 * CPython's ASDL), the one source of truth for both directions.
 */
import {
  type PyValue, PyBuiltinFunction, PyObject, PyFloat, PyComplex, None, Ellipsis, TypeErrorType, ValueErrorType, newError, typeOf,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyList } from '../runtime/list.js';
import { PyFrozenSet } from '../runtime/set.js';
import { PyBytes } from '../runtime/bytes.js';
import { getAttrOpt } from '../runtime/attr.js';
import { NODE_FIELDS } from '../parser/ast.js';
import type * as A from '../parser/ast.js';
import { parse } from '../parser/parser.js';
import { ConstComplex, ConstFrozenSet, ConstTuple, ELLIPSIS } from '../bytecode/constants.js';
import type { ConstValue } from '../bytecode/constants.js';
import { constToValue, mkList, mkTuple } from '../vm/rt.js';
import { PyCode } from '../vm/frame.js';
import { compile } from '../compiler/index.js';
import { isPySyntaxError, syntaxErrorToPy, emitCompileWarnings } from '../importer/importer.js';

const POSITION_NAMES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** A parser node as (type name, field values..., positions...): `node` fields nested, `node*` as lists. */
function encode(node: A.Node): PyValue {
  const spec = NODE_FIELDS[node._type];
  const rec = node as unknown as Record<string, unknown>;
  const items: PyValue[] = [node._type];
  for (const [name, kind] of spec.fields) {
    const v = rec[name];
    switch (kind) {
      case 'node':
      case 'node?':
        items.push(v === null || v === undefined ? None : encode(v as A.Node));
        break;
      case 'node*':
        items.push(mkList((v as A.Node[]).map(encode)));
        break;
      case 'ident*':
        items.push(mkList((v as string[]).slice()));
        break;
      case 'const':
        items.push(constToValue(v as ConstValue));
        break;
      case 'int':
        items.push(v === null || v === undefined ? None : (v as number));
        break;
      default:
        items.push(v === null || v === undefined ? None : (v as string));
    }
  }
  if (spec.attributes) for (const p of POSITION_NAMES) items.push((rec[p] as number | null | undefined) ?? None);
  return mkTuple(items);
}

/** A Python constant as the compiler's ConstValue (what ast.Constant may hold). */
function toConst(v: PyValue): ConstValue {
  if (v === None) return null;
  if (typeof v === 'boolean' || typeof v === 'string' || typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyComplex) return new ConstComplex(v.real, v.imag);
  if (v === Ellipsis) return ELLIPSIS;
  if (v instanceof PyBytes && typeOf(v).tp_name === 'bytes') return v.bytes.slice();
  if (v instanceof PyTuple && typeOf(v).tp_name === 'tuple') return new ConstTuple(v.items.map(toConst));
  if (v instanceof PyFrozenSet && typeOf(v).tp_name === 'frozenset') return new ConstFrozenSet(v.table.toArray().map(toConst));
  throw newError(TypeErrorType, `got an invalid type in Constant: ${typeOf(v).tp_name}`);
}

/** The node-table entry of a Python node object (its class or the nearest base that is an AST node type). */
function nodeType(o: PyValue): string {
  if (o instanceof PyObject) {
    for (const t of typeOf(o).tp_mro) if (Object.prototype.hasOwnProperty.call(NODE_FIELDS, t.tp_name) && t.tp_name !== 'AST') return t.tp_name;
  }
  throw newError(TypeErrorType, `expected some sort of AST node, but got ${reprType(o)}`);
}

function reprType(o: PyValue): string {
  return `<${typeOf(o).tp_name} object>`;
}

function required(o: PyValue, name: string, owner: string): PyValue {
  const v = getAttrOpt(o, name);
  if (v === undefined) throw newError(TypeErrorType, `required field "${name}" missing from ${owner}`);
  return v;
}

/** A Python node object as the parser's node (what the compiler takes). */
function decode(o: PyValue): A.Node {
  const type = nodeType(o);
  const spec = NODE_FIELDS[type];
  const out: Record<string, unknown> = { _type: type };
  for (const [name, kind] of spec.fields) {
    const optional = kind.endsWith('?');
    const v = optional ? getAttrOpt(o, name) ?? None : kind.endsWith('*') ? getAttrOpt(o, name) ?? mkList([]) : required(o, name, type);
    switch (kind) {
      case 'node':
        out[name] = decode(v);
        break;
      case 'node?':
        out[name] = v === None ? null : decode(v);
        break;
      case 'node*':
      case 'ident*': {
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) throw newError(TypeErrorType, `${type} field "${name}" must be a list, not a ${typeOf(v).tp_name}`);
        out[name] = kind === 'node*' ? v.items.map((x) => (x === None ? null : decode(x))) : v.items.map((x) => String(x));
        break;
      }
      case 'const':
        out[name] = toConst(v);
        break;
      case 'int':
        out[name] = v === None ? null : Number(v as number | bigint);
        break;
      default:
        if (v !== None && typeof v !== 'string') throw newError(TypeErrorType, `AST ${kind.startsWith('ident') ? 'identifier' : 'string'} must be of type str`);
        out[name] = v === None ? null : v;
    }
  }
  if (spec.attributes) {
    for (const p of POSITION_NAMES) {
      const v = p.startsWith('end_') ? getAttrOpt(o, p) ?? None : required(o, p, spec.base ?? type);
      out[p] = v === None ? null : Number(v as number | bigint);
    }
  }
  return out as unknown as A.Node;
}

/** The attributes of `_tspy_ast`. */
export function astNativeEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, '_tspy_ast')]);
  fn('parse', (a, k) => {
    const [source, filename, mode] = parseArgs('parse', a, k, ['source', 'filename', 'mode']);
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
      if (mode === 'func_type') throw newError(ValueErrorType, "ast.parse() mode 'func_type' is not supported by tspy");
      throw newError(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    const src = typeof source === 'string' ? source : source instanceof PyBytes ? source.bytes : undefined;
    if (src === undefined) throw newError(TypeErrorType, 'compile() arg 1 must be a string, bytes or AST object');
    try {
      return encode(parse(src, String(filename), mode));
    } catch (e) {
      if (isPySyntaxError(e)) throw syntaxErrorToPy(e);
      throw e;
    }
  });
  fn('compile', (a, k) => {
    const [tree, filename, mode] = parseArgs('compile', a, k, ['tree', 'filename', 'mode']);
    const node = decode(tree!);
    const want = mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : mode === 'single' ? 'Interactive' : null;
    if (want === null) throw newError(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
    if (node._type !== want) throw newError(TypeErrorType, `expected ${want} node, got ${node._type}`);
    try {
      const code = compile(node as A.Module | A.Expression | A.Interactive, String(filename));
      emitCompileWarnings();
      return new PyCode(code);
    } catch (e) {
      if (isPySyntaxError(e)) throw syntaxErrorToPy(e);
      throw e;
    }
  });
  out.push([
    'node_fields',
    mkTuple(
      Object.entries(NODE_FIELDS).map(([name, spec]) =>
        mkTuple([name, spec.base ?? None, mkTuple(spec.fields.map(([f, kind]) => mkTuple([f, kind]))), spec.attributes]),
      ),
    ),
  ]);
  return out;
}
