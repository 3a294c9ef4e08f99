/**
 * `memoryview` (CPython Objects/memoryobject.c) over bytes, bytearray and
 * other memoryviews: one-dimensional views with a start, a byte stride and a
 * struct-module native format; `cast` to another format (and to a shape for
 * `tolist`). Views read their exporter's bytes live, so writes through a view
 * of a bytearray change the bytearray. Unlike CPython, a bytearray is not
 * locked against resizing while views exist. `array.array` is exported as a
 * read-only snapshot of its bytes.
 */
import {
  type PyValue, PyObject, PyType, ObjectType, None, NotImplemented, TypeErrorType, ValueErrorType, IndexErrorType,
  NotImplementedErrorType, StopIterationType, newError, typeOf, defineMethods, defineGetSet, PyMethodDescriptor, PyFloat, normInt,
} from './object.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { PySlice, sliceIndices } from './slice.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { hash as pyHash, objectId, index as pyIndex, callMethodValue } from './abstract.js';
import { getAttrOpt } from './attr.js';
import { parseArgs } from './args.js';
import { intValue } from './int.js';

/** `memoryview`. */
export const MemoryViewType = new PyType('memoryview', [ObjectType], 0);
/** `memory_iterator`. */
export const MemoryIterType = new PyType('memory_iterator', [ObjectType], 0);

const ITEMSIZE: Record<string, number> = { B: 1, b: 1, c: 1, '?': 1, H: 2, h: 2, I: 4, i: 4, f: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8, P: 8, d: 8 };

/** The exporter's bytes, read at each access (a bytearray may have replaced its buffer). */
type Source = PyBytes | PyByteArray | Uint8Array;

/** A memoryview: `length` items of `format` starting at byte `start`, `stride` bytes apart. */
export class PyMemoryView extends PyObject {
  released = false;
  /** Shape given to `cast` (only `tolist`, `shape`, `ndim` and `len` use more than one dimension). */
  shape: number[];
  constructor(
    public readonly obj: PyValue,
    private readonly src: Source,
    public readonly start: number,
    public readonly stride: number,
    public readonly length: number,
    public readonly format: string,
    public readonly readonly: boolean,
    shape?: number[],
  ) {
    super();
    this.ob_type = MemoryViewType;
    this.shape = shape ?? [length];
  }
  get itemsize(): number {
    return ITEMSIZE[this.format];
  }
  /** The underlying buffer now. */
  buf(): Uint8Array {
    const s = this.src;
    return s instanceof Uint8Array ? s : s.bytes;
  }
  check(): this {
    if (this.released) throw newError(ValueErrorType, 'operation forbidden on released memoryview object');
    return this;
  }
  contiguous(): boolean {
    return this.stride === this.itemsize || this.length <= 1;
  }
  /** The viewed bytes, copied in logical order. */
  toBytes(): Uint8Array {
    const b = this.buf();
    const size = this.itemsize;
    if (this.contiguous()) return b.slice(this.start, this.start + this.length * size);
    const out = new Uint8Array(this.length * size);
    for (let i = 0; i < this.length; i++) out.set(b.subarray(this.start + i * this.stride, this.start + i * this.stride + size), i * size);
    return out;
  }
  /** A view of the same memory (for slicing and casting). */
  derive(start: number, stride: number, length: number, format = this.format, shape?: number[]): PyMemoryView {
    return new PyMemoryView(this.obj, this.src, start, stride, length, format, this.readonly, shape);
  }
}

/** The memory `v` exports (CPython's buffer protocol), or undefined. */
function exporterOf(v: PyValue): PyMemoryView | undefined {
  if (v instanceof PyMemoryView) {
    v.check();
    return v.derive(v.start, v.stride, v.length, v.format, v.shape);
  }
  if (v instanceof PyBytes) return new PyMemoryView(v, v, 0, 1, v.bytes.length, 'B', true);
  if (v instanceof PyByteArray) return new PyMemoryView(v, v, 0, 1, v.bytes.length, 'B', false);
  // array.array (src/lib/array.py): a snapshot of its bytes in its own format.
  if (v instanceof PyObject && typeOf(v).tp_name === 'array') {
    const tb = getAttrOpt(v, 'tobytes');
    const tc = getAttrOpt(v, 'typecode');
    if (tb !== undefined && typeof tc === 'string') {
      const b = callMethodValue(tb, v, [], 'tobytes');
      if (b instanceof PyBytes) {
        const fmt = tc === 'u' ? 'I' : tc;
        const size = ITEMSIZE[fmt] ?? 1;
        return new PyMemoryView(v, b.bytes, 0, size, b.bytes.length / size, fmt, true);
      }
    }
  }
  return undefined;
}

/** The bytes of a memoryview (for `bytesOf`: bytes(m), b'' + m, struct, hashlib ...). */
export function memoryViewBytes(v: PyValue): Uint8Array | undefined {
  return v instanceof PyMemoryView ? v.check().toBytes() : undefined;
}

function readItem(m: PyMemoryView, off: number): PyValue {
  const b = m.buf();
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  switch (m.format) {
    case 'B': return b[off];
    case 'b': return dv.getInt8(off);
    case 'c': return new PyBytes(b.slice(off, off + 1));
    case '?': return b[off] !== 0;
    case 'H': return dv.getUint16(off, true);
    case 'h': return dv.getInt16(off, true);
    case 'I': return dv.getUint32(off, true);
    case 'i': return dv.getInt32(off, true);
    case 'f': return new PyFloat(dv.getFloat32(off, true));
    case 'd': return new PyFloat(dv.getFloat64(off, true));
    case 'L': case 'Q': case 'N': case 'P': return normInt(dv.getBigUint64(off, true));
    default: return normInt(dv.getBigInt64(off, true));
  }
}

const INT_RANGE: Record<string, [bigint, bigint]> = {
  B: [0n, 255n], b: [-128n, 127n], H: [0n, 65535n], h: [-32768n, 32767n], I: [0n, 4294967295n], i: [-2147483648n, 2147483647n],
  L: [0n, 2n ** 64n - 1n], Q: [0n, 2n ** 64n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
};

function writeItem(m: PyMemoryView, off: number, v: PyValue): void {
  const b = m.buf();
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const f = m.format;
  const badType = () => newError(TypeErrorType, `memoryview: invalid type for format '${f}'`);
  if (f === 'c') {
    if (!(v instanceof PyBytes) || v.bytes.length !== 1) throw badType();
    b[off] = v.bytes[0];
    return;
  }
  if (f === '?') {
    if (typeof v !== 'boolean') throw badType();
    b[off] = v ? 1 : 0;
    return;
  }
  if (f === 'f' || f === 'd') {
    let x: number;
    if (v instanceof PyFloat) x = v.value;
    else if (typeof v === 'number') x = v;
    else throw badType();
    if (f === 'f') dv.setFloat32(off, x, true);
    else dv.setFloat64(off, x, true);
    return;
  }
  const iv = intValue(v);
  if (iv === undefined || typeof v === 'boolean') throw badType();
  const big = BigInt(iv);
  const [lo, hi] = INT_RANGE[f];
  if (big < lo || big > hi) throw newError(ValueErrorType, `memoryview: invalid value for format '${f}'`);
  const size = ITEMSIZE[f];
  if (size === 8) dv.setBigUint64(off, BigInt.asUintN(64, big), true);
  else for (let k = 0; k < size; k++) b[off + k] = Number((BigInt.asUintN(size * 8, big) >> BigInt(8 * k)) & 0xffn);
}

function self(v: PyValue): PyMemoryView {
  if (!(v instanceof PyMemoryView)) throw newError(TypeErrorType, `descriptor requires a 'memoryview' object but received '${typeOf(v).tp_name}'`);
  return v;
}

function itemIndex(m: PyMemoryView, k: PyValue): number {
  if (m.shape.length > 1) throw newError(NotImplementedErrorType, 'multi-dimensional sub-views are not implemented');
  let i = Number(pyIndex(k));
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw newError(IndexErrorType, 'index out of bounds on dimension 1');
  return m.start + i * m.stride;
}

function isIndexable(k: PyValue): boolean {
  return typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' || (k instanceof PyObject && typeOf(k).lookup('__index__') !== undefined);
}

function tolist(m: PyMemoryView): PyValue {
  const items: PyValue[] = [];
  for (let i = 0; i < m.length; i++) items.push(readItem(m, m.start + i * m.stride));
  const nest = (dims: number[], at: number): [PyValue, number] => {
    if (dims.length === 1) return [new PyList(items.slice(at, at + dims[0])), at + dims[0]];
    const out: PyValue[] = [];
    for (let i = 0; i < dims[0]; i++) {
      const [sub, next] = nest(dims.slice(1), at);
      out.push(sub);
      at = next;
    }
    return [new PyList(out), at];
  };
  return nest(m.shape, 0)[0];
}

MemoryViewType.tp_new = (type, args, kwnames) => {
  const [o] = parseArgs('memoryview', args, kwnames, ['object']);
  const m = exporterOf(o!);
  if (m === undefined) throw newError(TypeErrorType, `memoryview: a bytes-like object is required, not '${typeOf(o!).tp_name}'`);
  return m;
};

class MemoryIter extends PyObject {
  i = 0;
  constructor(public readonly m: PyMemoryView) {
    super();
    this.ob_type = MemoryIterType;
  }
}

defineMethods(MemoryIterType, {
  __iter__: (a) => a[0],
  __next__: (a) => {
    const it = a[0] as MemoryIter;
    const m = it.m.check();
    if (it.i >= m.length) throw newError(StopIterationType);
    return readItem(m, m.start + it.i++ * m.stride);
  },
});

defineMethods(MemoryViewType, {
  __len__: (a) => {
    const m = self(a[0]).check();
    return m.shape.length === 0 ? 1 : m.shape[0];
  },
  __getitem__: (a) => {
    const m = self(a[0]).check();
    const k = a[1];
    if (k instanceof PySlice) {
      if (m.shape.length > 1) throw newError(NotImplementedErrorType, 'multi-dimensional slicing is not implemented');
      const [start, , step, count] = sliceIndices(k, m.length);
      return m.derive(m.start + start * m.stride, m.stride * step, count);
    }
    if (!isIndexable(k)) throw newError(TypeErrorType, 'memoryview: invalid slice key');
    return readItem(m, itemIndex(m, k));
  },
  __setitem__: (a) => {
    const m = self(a[0]).check();
    if (m.readonly) throw newError(TypeErrorType, 'cannot modify read-only memory');
    const k = a[1];
    const v = a[2];
    if (k instanceof PySlice) {
      const [start, , step, count] = sliceIndices(k, m.length);
      const src = exporterOf(v);
      if (src === undefined) throw newError(TypeErrorType, `a bytes-like object is required, not '${typeOf(v).tp_name}'`);
      if (src.format !== m.format || src.length !== count) {
        throw newError(ValueErrorType, 'memoryview assignment: lvalue and rvalue have different structures');
      }
      const bytes = src.toBytes();
      const dst = m.buf();
      const size = m.itemsize;
      for (let i = 0; i < count; i++) dst.set(bytes.subarray(i * size, (i + 1) * size), m.start + (start + i * step) * m.stride);
      return None;
    }
    if (!isIndexable(k)) throw newError(TypeErrorType, 'memoryview: invalid slice key');
    writeItem(m, itemIndex(m, k), v);
    return None;
  },
  __iter__: (a) => new MemoryIter(self(a[0]).check()),
  __eq__: (a) => {
    const m = self(a[0]);
    const o = a[1];
    if (m === o) return true;
    const other = exporterOf(o instanceof PyMemoryView && o.released ? None : o);
    if (other === undefined) return o instanceof PyMemoryView ? false : NotImplemented;
    if (m.released) return false;
    if (m.length !== other.length) return false;
    for (let i = 0; i < m.length; i++) {
      const x = readItem(m, m.start + i * m.stride);
      const y = readItem(other, other.start + i * other.stride);
      const xv = x instanceof PyFloat ? x.value : x instanceof PyBytes ? x.bytes[0] : x;
      const yv = y instanceof PyFloat ? y.value : y instanceof PyBytes ? y.bytes[0] : y;
      if (Number(xv) !== Number(yv)) return false;
    }
    return true;
  },
  __ne__: (a) => {
    const r = (MemoryViewType.tp_dict.get('__eq__') as PyMethodDescriptor).fn(a, null);
    return r === NotImplemented ? r : !r;
  },
  __hash__: (a) => {
    const m = self(a[0]).check();
    if (!m.readonly) throw newError(ValueErrorType, 'cannot hash writable memoryview object');
    if (m.format !== 'B' && m.format !== 'b' && m.format !== 'c') {
      throw newError(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    return pyHash(new PyBytes(m.toBytes()));
  },
  __repr__: (a) => {
    const m = self(a[0]);
    return `<${m.released ? 'released ' : ''}memory at 0x${objectId(m).toString(16)}>`;
  },
  __enter__: (a) => self(a[0]).check(),
  __exit__: (a) => {
    self(a[0]).released = true;
    return None;
  },
  release: (a) => {
    self(a[0]).released = true;
    return None;
  },
  tobytes: (a, k) => {
    const m = self(a[0]).check();
    parseArgs('tobytes', a.slice(1), k, ['order?']);
    return new PyBytes(m.toBytes());
  },
  tolist: (a) => tolist(self(a[0]).check()),
  toreadonly: (a) => {
    const m = self(a[0]).check();
    const r = new PyMemoryView(m.obj, (m as unknown as { src: Source }).src, m.start, m.stride, m.length, m.format, true, m.shape);
    return r;
  },
  hex: (a, k) => {
    const m = self(a[0]).check();
    const hexFn = PyBytesHex();
    return hexFn([new PyBytes(m.toBytes()), ...a.slice(1)], k);
  },
  cast: (a, k) => {
    const m = self(a[0]).check();
    const [fmtV, shapeV] = parseArgs('cast', a.slice(1), k, ['format', 'shape?']);
    if (typeof fmtV !== 'string') throw newError(TypeErrorType, `memoryview: format argument must be a string`);
    const fmt = fmtV.startsWith('@') ? fmtV.slice(1) : fmtV;
    if (ITEMSIZE[fmt] === undefined) {
      throw newError(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    }
    if (!m.contiguous()) throw newError(TypeErrorType, 'memoryview: casts are restricted to C-contiguous views');
    const byteFmt = (f: string) => f === 'B' || f === 'b' || f === 'c';
    if (!byteFmt(m.format) && !byteFmt(fmt)) throw newError(TypeErrorType, 'memoryview: cannot cast between two non-byte formats');
    const nbytes = m.length * m.itemsize;
    const size = ITEMSIZE[fmt];
    if (nbytes % size !== 0) throw newError(TypeErrorType, 'memoryview: length is not a multiple of itemsize');
    const n = nbytes / size;
    let shape: number[] | undefined;
    if (shapeV !== undefined) {
      if (!(shapeV instanceof PyList || shapeV instanceof PyTuple)) throw newError(TypeErrorType, 'shape must be a list or a tuple');
      shape = shapeV.items.map((x) => Number(pyIndex(x)));
      const prod = shape.reduce((p, x) => p * x, 1);
      if (prod * size !== nbytes) throw newError(TypeErrorType, 'memoryview: product(shape) * itemsize != buffer size');
    }
    return m.derive(m.start, size, n, fmt, shape);
  },
});

function PyBytesHex(): (a: PyValue[], k: readonly string[] | null) => PyValue {
  return (ObjectTypeOfBytes().tp_dict.get('hex') as PyMethodDescriptor).fn;
}
function ObjectTypeOfBytes(): PyType {
  return typeOf(new PyBytes(new Uint8Array(0)));
}

const M = (o: PyValue) => self(o).check();
defineGetSet(MemoryViewType, 'obj', (o) => M(o).obj);
defineGetSet(MemoryViewType, 'nbytes', (o) => M(o).length * M(o).itemsize);
defineGetSet(MemoryViewType, 'readonly', (o) => M(o).readonly);
defineGetSet(MemoryViewType, 'format', (o) => M(o).format);
defineGetSet(MemoryViewType, 'itemsize', (o) => M(o).itemsize);
defineGetSet(MemoryViewType, 'ndim', (o) => M(o).shape.length);
defineGetSet(MemoryViewType, 'shape', (o) => new PyTuple(M(o).shape.slice()));
defineGetSet(MemoryViewType, 'strides', (o) => {
  const m = M(o);
  if (m.shape.length <= 1) return new PyTuple([m.stride]);
  const out: number[] = [];
  let acc = m.itemsize;
  for (let i = m.shape.length - 1; i >= 0; i--) {
    out.unshift(acc);
    acc *= m.shape[i];
  }
  return new PyTuple(out);
});
defineGetSet(MemoryViewType, 'suboffsets', () => new PyTuple([]));
defineGetSet(MemoryViewType, 'c_contiguous', (o) => M(o).contiguous());
defineGetSet(MemoryViewType, 'f_contiguous', (o) => M(o).contiguous() && M(o).shape.length <= 1);
defineGetSet(MemoryViewType, 'contiguous', (o) => M(o).contiguous());
