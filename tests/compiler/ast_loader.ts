/**
 * Load an AST exported by scripts/py_ast_json.py (CPython's ast.parse as JSON)
 * into tspy's AST representation (constants per src/bytecode/constants.ts).
 */
import type * as A from '../../src/parser/ast.js';
import { ConstComplex, ConstFrozenSet, ConstTuple, ELLIPSIS, type ConstValue } from '../../src/bytecode/constants.js';

function constant(v: unknown): ConstValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  const o = v as Record<string, unknown>;
  if ('$int' in o) return BigInt(o.$int as string);
  if ('$float' in o) return Number(o.$float as string);
  if ('$complex' in o) { const [re, im] = o.$complex as string[]; return new ConstComplex(Number(re), Number(im)); }
  if ('$bytes' in o) return Uint8Array.from(Buffer.from(o.$bytes as string, 'hex'));
  if ('$ellipsis' in o) return ELLIPSIS;
  if ('$tuple' in o) return new ConstTuple((o.$tuple as unknown[]).map(constant));
  if ('$frozenset' in o) return new ConstFrozenSet((o.$frozenset as unknown[]).map(constant));
  throw new Error('unknown constant ' + JSON.stringify(v));
}

function node(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(node);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) {
      if (k === 'value' && (o._type === 'Constant' || o._type === 'MatchSingleton')) out[k] = constant(x);
      else out[k] = node(x);
    }
    return out;
  }
  return v;
}

/** Parse py_ast_json.py output into a module node. */
export function loadAstJson(text: string): A.Module {
  return node(JSON.parse(text)) as A.Module;
}
