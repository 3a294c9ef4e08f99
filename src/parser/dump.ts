/**
 * `ast.dump` exactly as CPython 3.11's Lib/ast.py: fields in declaration
 * order, optional fields omitted when None, `indent` pretty-printing, and
 * `include_attributes` positions.
 */
import { NODE_FIELDS } from './ast.js';
import { reprConst, reprStr } from './repr.js';
import type { ConstValue } from '../bytecode/constants.js';

export interface DumpOptions {
  indent?: number | string | null;
  includeAttributes?: boolean;
  annotateFields?: boolean;
}

const ATTRS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];
/** Attributes whose class default is None in CPython (so they are omitted when None). */
const OPTIONAL_ATTRS = new Set(['end_lineno', 'end_col_offset']);

/** Formats an AST node like `ast.dump(node, annotate_fields, include_attributes, indent=...)`. */
export function dump(node: object, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const includeAttrs = opts.includeAttributes ?? false;
  let indent: string | null = null;
  if (opts.indent !== undefined && opts.indent !== null) indent = typeof opts.indent === 'number' ? ' '.repeat(opts.indent) : opts.indent;
  if (indent === null) return dumpFlat(node, annotate, includeAttrs);

  const fmt = (v: unknown, level: number, kind: string): [string, boolean] => {
    let prefix = '';
    let sep = ', ';
    if (indent !== null) {
      level++;
      prefix = '\n' + indent.repeat(level);
      sep = ',\n' + indent.repeat(level);
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return ['[]', true];
      const itemKind = kind === 'ident*' ? 'ident' : 'node';
      return ['[' + prefix + v.map((x) => fmt(x, level, itemKind)[0]).join(sep) + ']', false];
    }
    if (v !== null && typeof v === 'object' && '_type' in (v as object)) {
      const n = v as Record<string, unknown> & { _type: string };
      const info = NODE_FIELDS[n._type];
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const [name, fk] of info.fields) {
        const value = n[name];
        if (value === undefined || ((value === null) && (fk.endsWith('?') || (n._type === 'ImportFrom' && name === 'level')))) {
          keywords = true;
          continue;
        }
        const [s, simple] = fmt(value, level, fk);
        allSimple = allSimple && simple;
        args.push(keywords ? `${name}=${s}` : s);
      }
      if (includeAttrs && info.attributes) {
        for (const a of ATTRS) {
          const value = n[a];
          if (value === undefined) continue;
          if (value === null && OPTIONAL_ATTRS.has(a) && !isPattern(n._type)) continue;
          const [s, simple] = fmt(value, level, 'int');
          allSimple = allSimple && simple;
          args.push(`${a}=${s}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${n._type}(${args.join(', ')})`, args.length === 0];
      return [`${n._type}(${prefix}${args.join(sep)})`, false];
    }
    if (kind === 'ident' || kind === 'ident?' || kind === 'string' || kind === 'string?') {
      return [v === null ? 'None' : reprStr(v as string), true];
    }
    if (kind === 'int') return [v === null ? 'None' : String(v), true];
    return [reprConst(v as ConstValue), true];
  };
  return fmt(node, 0, 'node')[0];
}

/**
 * Text built in one growable UTF-16 buffer (reused across dumps) and turned
 * into a string once: a dump has millions of small pieces, and neither
 * rebuilding strings at every tree level nor a rope of concatenations
 * (millions of heap objects for the GC to trace) is cheap.
 */
class TextBuffer {
  private buf = new Uint16Array(1 << 16);
  private n = 0;

  add(s: string): void {
    const len = s.length;
    if (this.n + len > this.buf.length) this.grow(len);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < len; i++) buf[n++] = s.charCodeAt(i);
    this.n = n;
  }

  private grow(extra: number): void {
    let size = this.buf.length * 2;
    while (size < this.n + extra) size *= 2;
    const b = new Uint16Array(size);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }

  /** The text so far; empties the buffer. */
  take(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.n; i += 8192) {
      parts.push(String.fromCharCode.apply(null, this.buf.subarray(i, Math.min(this.n, i + 8192)) as unknown as number[]));
    }
    this.n = 0;
    return parts.join('');
  }
}
const flatBuffer = new TextBuffer();

/**
 * `dump` without `indent`: then a node's text does not depend on whether its
 * children are "simple", so it is written in order into one buffer.
 */
function dumpFlat(node: object, annotate: boolean, includeAttrs: boolean): string {
  const out = flatBuffer;
  const write = (v: unknown, kind: string): void => {
    if (Array.isArray(v)) {
      if (v.length === 0) {
        out.add('[]');
        return;
      }
      const itemKind = kind === 'ident*' ? 'ident' : 'node';
      out.add('[');
      for (let i = 0; i < v.length; i++) {
        if (i) out.add(', ');
        write(v[i], itemKind);
      }
      out.add(']');
      return;
    }
    if (v === null || typeof v !== 'object' || !('_type' in v)) {
      if (kind === 'ident' || kind === 'ident?' || kind === 'string' || kind === 'string?') out.add(v === null ? 'None' : reprStr(v as string));
      else if (kind === 'int') out.add(v === null ? 'None' : String(v));
      else out.add(reprConst(v as ConstValue));
      return;
    }
    const n = v as Record<string, unknown> & { _type: string };
    const info = NODE_FIELDS[n._type];
    out.add(n._type);
    out.add('(');
    let first = true;
    let keywords = annotate;
    for (const [name, fk] of info.fields) {
      const value = n[name];
      if (value === undefined || (value === null && (fk.endsWith('?') || (n._type === 'ImportFrom' && name === 'level')))) {
        keywords = true;
        continue;
      }
      if (!first) out.add(', ');
      first = false;
      if (keywords) {
        out.add(name);
        out.add('=');
      }
      write(value, fk);
    }
    if (includeAttrs && info.attributes) {
      for (const a of ATTRS) {
        const value = n[a];
        if (value === undefined) continue;
        if (value === null && OPTIONAL_ATTRS.has(a) && !isPattern(n._type)) continue;
        if (!first) out.add(', ');
        first = false;
        out.add(a);
        out.add('=');
        out.add(value === null ? 'None' : String(value));
      }
    }
    out.add(')');
  };
  try {
    write(node, 'node');
  } catch (e) {
    out.take();
    throw e;
  }
  return out.take();
}

function isPattern(t: string): boolean {
  return t.startsWith('Match') && t !== 'Match';
}
