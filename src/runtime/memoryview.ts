/**
 * `memoryview` over bytes and bytearray (CPython Objects/memoryobject.c),
 * one-dimensional with format 'B' (or 'c' after cast): indexing, slicing
 * (views share the exporter's memory), item and slice assignment on writable
 * views, tobytes/tolist/hex/release, comparison, hashing of read-only views
 * and the context-manager protocol. Other formats and multi-dimensional casts
 * raise NotImplementedError.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  None,
  NotImplemented,
  ObjectType,
  TypeErrorType,
  ValueErrorType,
  IndexErrorType,
  NotImplementedErrorType,
  newError,
  typeOf,
  defineMethods,
  defineGetSet,
} from './object.js';
import { PyBytes, PyByteArray, bytesOf, hexWithSep, setBufferView } from './bytes.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyIteratorBase, makeIteratorType } from './iterbase.js';
import { index as pyIndex, objectId } from './abstract.js';
import { parseArgs } from './args.js';
import { strValue, strHash } from './str.js';

export const MemoryViewType = new PyType('memoryview', [ObjectType], 0);

/** A view of `length` items of the exporter's bytes, starting at `start`, `step` apart. */
export class PyMemoryView extends PyObject {
  released = false;
  fmt = 'B';
  constructor(
    public source: PyBytes | PyByteArray,
    public start: number,
    public length: number,
    public step: number,
  ) {
    super();
    this.ob_type = MemoryViewType;
  }
  /** The viewed bytes (a live subarray when contiguous, else a copy). */
  view(): Uint8Array {
    const b = this.source.bytes;
    if (this.step === 1) return b.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = b[this.start + i * this.step];
    return out;
  }
  get readonly(): boolean {
    return !(this.source instanceof PyByteArray);
  }
}

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}

function selfMV(v: PyValue): PyMemoryView {
  if (!(v instanceof PyMemoryView)) typeErr(`descriptor requires a 'memoryview' object but received a '${typeOf(v).tp_name}'`);
  if (v.released) throw newError(ValueErrorType, 'operation forbidden on released memoryview object');
  return v;
}

/** One item as a Python value: an int for 'B', a length-1 bytes for 'c'. */
function item(mv: PyMemoryView, byte: number): PyValue {
  return mv.fmt === 'c' ? new PyBytes(Uint8Array.of(byte)) : byte;
}

function itemIndex(mv: PyMemoryView, k: PyValue): number {
  let i = Number(pyIndex(k));
  if (i < 0) i += mv.length;
  if (i < 0 || i >= mv.length) throw newError(IndexErrorType, 'index out of bounds on dimension 1');
  return mv.start + i * mv.step;
}

function memoryviewNew(_type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('memoryview', args, kwnames, MV_SPEC);
  const obj = p[0]!;
  if (obj instanceof PyMemoryView) {
    const m = selfMV(obj);
    const v = new PyMemoryView(m.source, m.start, m.length, m.step);
    v.fmt = m.fmt;
    return v;
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.bytes.length, 1);
  typeErr(`memoryview: a bytes-like object is required, not '${typeOf(obj).tp_name}'`);
}
const MV_SPEC = ['object'];

export const MemoryViewIterType = makeIteratorType('memory_iterator');
class MemoryViewIterator extends PyIteratorBase {
  i = 0;
  constructor(public mv: PyMemoryView) {
    super();
    this.ob_type = MemoryViewIterType;
  }
  next(): PyValue | undefined {
    const mv = this.mv;
    if (this.i >= mv.length) return undefined;
    return item(mv, mv.source.bytes[mv.start + this.i++ * mv.step]);
  }
}

MemoryViewType.tp_new = memoryviewNew;
defineMethods(MemoryViewType, {
  __len__: (a) => selfMV(a[0]).length,
  __getitem__(a) {
    const mv = selfMV(a[0]);
    const k = a[1];
    if (k instanceof PySlice) {
      const [start, , step, count] = sliceIndices(k, mv.length);
      const v = new PyMemoryView(mv.source, mv.start + start * mv.step, count, step * mv.step);
      v.fmt = mv.fmt;
      return v;
    }
    if (k instanceof PyTuple) throw newError(NotImplementedErrorType, 'multi-dimensional sub-views are not implemented');
    if (typeof k !== 'number' && typeof k !== 'bigint' && typeof k !== 'boolean' && !(typeof k === 'object' && k.ob_type.lookup('__index__'))) {
      typeErr('memoryview: invalid slice key');
    }
    return item(mv, mv.source.bytes[itemIndex(mv, k)]);
  },
  __setitem__(a) {
    const mv = selfMV(a[0]);
    if (mv.readonly) typeErr('cannot modify read-only memory');
    const k = a[1];
    const v = a[2];
    const dst = mv.source.bytes;
    if (k instanceof PySlice) {
      const [start, , step, count] = sliceIndices(k, mv.length);
      const src = bytesOf(v);
      if (src === undefined) typeErr(`a bytes-like object is required, not '${typeOf(v).tp_name}'`);
      if (src.length !== count) throw newError(ValueErrorType, 'memoryview assignment: lvalue and rvalue have different structures');
      const copy = src.slice();
      for (let i = 0; i < count; i++) dst[mv.start + (start + i * step) * mv.step] = copy[i];
      return None;
    }
    const at = itemIndex(mv, k);
    if (mv.fmt === 'c') {
      const b = bytesOf(v);
      if (b === undefined || b.length !== 1) throw newError(ValueErrorType, "memoryview: invalid value for format 'c'");
      dst[at] = b[0];
      return None;
    }
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') typeErr("memoryview: invalid type for format 'B'");
    const n = Number(v);
    if (n < 0 || n > 255) throw newError(ValueErrorType, "memoryview: invalid value for format 'B'");
    dst[at] = n;
    return None;
  },
  __iter__: (a) => new MemoryViewIterator(selfMV(a[0])),
  __eq__(a) {
    const mv = a[0] as PyMemoryView;
    const other = a[1];
    if (mv === other) return true;
    if (mv.released || (other instanceof PyMemoryView && other.released)) return false;
    const ob = bytesOf(other);
    if (ob === undefined) return NotImplemented;
    const b = mv.view();
    if (b.length !== ob.length) return false;
    for (let i = 0; i < b.length; i++) if (b[i] !== ob[i]) return false;
    return true;
  },
  __hash__(a) {
    const mv = selfMV(a[0]);
    if (!mv.readonly) throw newError(ValueErrorType, 'cannot hash writable memoryview object');
    let s = '';
    for (const x of mv.view()) s += String.fromCharCode(x);
    return strHash(s);
  },
  __repr__(a) {
    const mv = a[0] as PyMemoryView;
    return `<${mv.released ? 'released ' : ''}memory at 0x${objectId(mv).toString(16)}>`;
  },
  __enter__: (a) => selfMV(a[0]),
  __exit__(a) {
    (a[0] as PyMemoryView).released = true;
    return None;
  },
  __bytes__: (a) => new PyBytes(selfMV(a[0]).view().slice()),
  tobytes: (a) => new PyBytes(selfMV(a[0]).view().slice()),
  tolist(a) {
    const mv = selfMV(a[0]);
    return new PyList(Array.from(mv.view(), (x) => item(mv, x)));
  },
  hex: (a, k) => hexWithSep(selfMV(a[0]).view(), a.slice(1), k),
  release(a) {
    (a[0] as PyMemoryView).released = true;
    return None;
  },
  toreadonly(a) {
    const mv = selfMV(a[0]);
    const v = new PyMemoryView(new PyBytes(mv.source.bytes), mv.start, mv.length, mv.step);
    // a read-only view of a bytearray still sees its writes only while the bytes are not replaced
    v.source.bytes = mv.source.bytes;
    v.fmt = mv.fmt;
    return v;
  },
  cast(a, k) {
    const mv = selfMV(a[0]);
    const p = parseArgs('cast', a.slice(1), k, CAST_SPEC);
    const fmt = strValue(p[0]!);
    if (fmt === undefined) typeErr(`cast() argument 'format' must be str, not ${typeOf(p[0]!).tp_name}`);
    if (p[1] !== undefined && p[1] !== None) throw newError(NotImplementedErrorType, 'memoryview.cast() with a shape is not implemented');
    if (fmt !== 'B' && fmt !== 'c' && fmt !== 'b') throw newError(NotImplementedErrorType, `memoryview.cast() to format '${fmt}' is not implemented`);
    if (fmt === 'b') throw newError(NotImplementedErrorType, "memoryview format 'b' is not implemented");
    if (mv.step !== 1) typeErr('memoryview: casts are restricted to C-contiguous views');
    const v = new PyMemoryView(mv.source, mv.start, mv.length, 1);
    v.fmt = fmt;
    return v;
  },
});
const CAST_SPEC = ['format', 'shape?'];

defineGetSet(MemoryViewType, 'obj', (s) => selfMV(s).source);
defineGetSet(MemoryViewType, 'nbytes', (s) => selfMV(s).length);
defineGetSet(MemoryViewType, 'readonly', (s) => selfMV(s).readonly);
defineGetSet(MemoryViewType, 'itemsize', (s) => (selfMV(s), 1));
defineGetSet(MemoryViewType, 'format', (s) => selfMV(s).fmt);
defineGetSet(MemoryViewType, 'ndim', (s) => (selfMV(s), 1));
defineGetSet(MemoryViewType, 'shape', (s) => new PyTuple([selfMV(s).length]));
defineGetSet(MemoryViewType, 'strides', (s) => new PyTuple([selfMV(s).step]));
defineGetSet(MemoryViewType, 'suboffsets', (s) => (selfMV(s), new PyTuple([])));
defineGetSet(MemoryViewType, 'c_contiguous', (s) => selfMV(s).step === 1);
defineGetSet(MemoryViewType, 'f_contiguous', (s) => selfMV(s).step === 1);
defineGetSet(MemoryViewType, 'contiguous', (s) => selfMV(s).step === 1);

// memoryviews are bytes-like wherever bytes.ts accepts a buffer
setBufferView((v) => (v instanceof PyMemoryView ? selfMV(v).view() : undefined));

