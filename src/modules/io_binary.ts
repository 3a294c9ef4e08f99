/**
 * Binary files of `open(..., 'b')` (CPython Modules/_io/bufferedio.c and
 * fileio.c, as a program sees them): BufferedReader for 'rb', BufferedWriter
 * for 'wb'/'ab'/'xb', BufferedRandom with '+', FileIO with buffering=0. tspy
 * reads and writes straight through to the file descriptor at the object's
 * own position (nothing is buffered, so nothing is lost or reordered), which
 * is what a program observes of a buffered file once it is flushed.
 */
import * as fs from 'node:fs';
import {
  type PyValue, PyObject, PyType, None, TypeErrorType, ValueErrorType, OSErrorType, StopIterationType,
  newError, typeName, defineMethods, defineGetSet, ObjectType, TPFLAGS_BASETYPE, TPFLAGS_BASE_EXC_SUBCLASS, NotImplementedErrorType,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { iterToArray, index as pyIndex } from '../runtime/abstract.js';
import { osErrorFromNode } from '../runtime/exceptions.js';
import { PyList } from '../runtime/list.js';
import { PyBytes, PyByteArray } from '../runtime/bytes.js';
import { getAttrOpt, call } from '../runtime/attr.js';

const FLAGS = 1 << 10;
export const BufferedReaderType = new PyType('BufferedReader', [ObjectType], FLAGS, '_io');
export const BufferedWriterType = new PyType('BufferedWriter', [ObjectType], FLAGS, '_io');
export const BufferedRandomType = new PyType('BufferedRandom', [ObjectType], FLAGS, '_io');
export const FileIOType = new PyType('FileIO', [ObjectType], FLAGS, '_io');
/** io.UnsupportedOperation: both an OSError and a ValueError, as in CPython. */
export const UnsupportedOperationType = new PyType('UnsupportedOperation', [OSErrorType, ValueErrorType], TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS, 'io');

/** An open binary file: its descriptor, the position reads and writes use, and what it allows. */
export class PyBinaryFile extends PyObject {
  closed = false;
  constructor(
    type: PyType,
    public fd: number,
    public name: PyValue,
    /** CPython's normalised mode ('rb', 'wb', 'ab', 'xb', 'rb+', ...). */
    public mode: string,
    public readable: boolean,
    public writable: boolean,
    public append: boolean,
    public pos: number,
    public closefd: boolean,
  ) {
    super();
    this.ob_type = type;
  }
}

function asFile(v: PyValue): PyBinaryFile {
  if (v instanceof PyBinaryFile) return v;
  throw newError(TypeErrorType, `descriptor requires a binary file object but received a '${typeName(v)}'`);
}

/** ValueError for an operation on a closed file, in CPython's words ('read of closed file', 'write to closed file', ...). */
function checkOpen(f: PyBinaryFile, what: string): void {
  if (f.closed) throw newError(ValueErrorType, what === 'write to' || what === 'I/O operation on' ? `${what} closed file` : `${what} of closed file`);
}

function unsupported(what: string): never {
  throw newError(UnsupportedOperationType, what);
}

function bytesLike(v: PyValue | undefined): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  if (v instanceof PyObject) {
    // memoryview and other buffer objects: through bytes().
    const tobytes = getAttrOpt(v, 'tobytes');
    if (tobytes !== undefined) {
      const b = call(tobytes, []);
      if (b instanceof PyBytes) return b.bytes;
    }
  }
  throw newError(TypeErrorType, `a bytes-like object is required, not '${typeName(v ?? None)}'`);
}

function fileSize(f: PyBinaryFile): number {
  try {
    return fs.fstatSync(f.fd).size;
  } catch (e) {
    throw osErrorFromNode(e);
  }
}

/** Up to `n` bytes from the position (n < 0: to the end). */
function readBytes(f: PyBinaryFile, n: number): Uint8Array {
  const want = n < 0 ? Math.max(0, fileSize(f) - f.pos) : n;
  const out = new Uint8Array(want);
  let got = 0;
  try {
    while (got < want) {
      const k = fs.readSync(f.fd, out, got, want - got, f.pos + got);
      if (k === 0) break;
      got += k;
    }
  } catch (e) {
    throw osErrorFromNode(e);
  }
  f.pos += got;
  if (n < 0 && got === want) {
    // The file may have grown since the stat: read on until EOF.
    const more = readBytesChunked(f);
    if (more.length) {
      const all = new Uint8Array(got + more.length);
      all.set(out.subarray(0, got));
      all.set(more, got);
      return all;
    }
  }
  return got === want ? out : out.slice(0, got);
}

function readBytesChunked(f: PyBinaryFile): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buf = new Uint8Array(65536);
    let k: number;
    try {
      k = fs.readSync(f.fd, buf, 0, buf.length, f.pos);
    } catch (e) {
      throw osErrorFromNode(e);
    }
    if (k === 0) break;
    chunks.push(buf.subarray(0, k));
    total += k;
    f.pos += k;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One line (up to and including b'\n'), at most `limit` bytes when limit >= 0. */
function readLine(f: PyBinaryFile, limit: number): Uint8Array {
  const parts: number[] = [];
  const buf = new Uint8Array(1024);
  for (;;) {
    const room = limit >= 0 ? Math.min(buf.length, limit - parts.length) : buf.length;
    if (room <= 0) break;
    let k: number;
    try {
      k = fs.readSync(f.fd, buf, 0, room, f.pos);
    } catch (e) {
      throw osErrorFromNode(e);
    }
    if (k === 0) break;
    const nl = buf.subarray(0, k).indexOf(10);
    const take = nl >= 0 ? nl + 1 : k;
    for (let i = 0; i < take; i++) parts.push(buf[i]);
    f.pos += take;
    if (nl >= 0) break;
  }
  return Uint8Array.from(parts);
}

function writeBytes(f: PyBinaryFile, data: Uint8Array): number {
  try {
    if (f.append) {
      fs.writeSync(f.fd, data, 0, data.length, null);
      f.pos = fileSize(f);
    } else {
      let done = 0;
      while (done < data.length) done += fs.writeSync(f.fd, data, done, data.length - done, f.pos + done);
      f.pos += data.length;
    }
  } catch (e) {
    throw osErrorFromNode(e);
  }
  return data.length;
}

function closeFile(f: PyBinaryFile): void {
  if (f.closed) return;
  f.closed = true;
  if (f.closefd) {
    try {
      fs.closeSync(f.fd);
    } catch {
      // already closed
    }
  }
}

const SIZE_SPEC = ['size?', '/'];
const SEEK_SPEC = ['offset', 'whence?', '/'];

/**
 * The descriptor `open()` works on: `file` itself when it is one, else the
 * path opened for the mode's r/w/a/x (`kind`) and '+' (`plus`). A directory
 * is IsADirectoryError, as in CPython; other failures their OSError.
 */
export function openDescriptor(file: string | number, kind: string, plus: boolean): number {
  if (typeof file === 'number') return file;
  const flags = kind === 'r' ? (plus ? 'r+' : 'r') : kind === 'w' ? (plus ? 'w+' : 'w') : kind === 'a' ? (plus ? 'a+' : 'a') : plus ? 'wx+' : 'wx';
  try {
    const fd = fs.openSync(file, flags);
    if (fs.fstatSync(fd).isDirectory()) {
      fs.closeSync(fd);
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
    return fd;
  } catch (e) {
    throw osErrorFromNode(e, file);
  }
}

/**
 * Open a binary file for `open()`: `kind` is the mode's r/w/a/x, `plus` its
 * '+', `file` a path or a descriptor and `name` what the file's .name shows
 * (the argument open() got). Throws the OSError of the failing open.
 */
export function openBinary(file: string | number, name: PyValue, kind: string, plus: boolean, buffering: number, closefd: boolean): PyBinaryFile {
  const fd = openDescriptor(file, kind, plus);
  const mode = (kind === 'w' && plus ? 'r' : kind) + 'b' + (plus ? '+' : '');
  const type = buffering === 0 ? FileIOType : plus ? BufferedRandomType : kind === 'r' ? BufferedReaderType : BufferedWriterType;
  const f = new PyBinaryFile(type, fd, name, mode, kind === 'r' || plus, kind !== 'r' || plus, kind === 'a', 0, closefd);
  if (kind === 'a') f.pos = fileSize(f);
  return f;
}

let installed = false;

/** Define the methods of the binary file types. Idempotent. */
export function installBinaryFileTypes(): void {
  if (installed) return;
  installed = true;
  const methods: Parameters<typeof defineMethods>[1] = {
    read(args, kw) {
      const f = asFile(args[0]);
      const p = parseArgs('read', args.slice(1), kw, SIZE_SPEC);
      if (!f.readable) unsupported('read');
      checkOpen(f, 'read');
      const n = p[0] === undefined || p[0] === None ? -1 : Number(pyIndex(p[0]));
      return new PyBytes(readBytes(f, n));
    },
    read1(args, kw) {
      const f = asFile(args[0]);
      const p = parseArgs('read1', args.slice(1), kw, SIZE_SPEC);
      if (!f.readable) unsupported('read');
      checkOpen(f, 'read');
      const n = p[0] === undefined || p[0] === None ? -1 : Number(pyIndex(p[0]));
      return new PyBytes(readBytes(f, n));
    },
    readline(args, kw) {
      const f = asFile(args[0]);
      const p = parseArgs('readline', args.slice(1), kw, SIZE_SPEC);
      if (!f.readable) unsupported('read');
      checkOpen(f, 'readline');
      const n = p[0] === undefined || p[0] === None ? -1 : Number(pyIndex(p[0]));
      return new PyBytes(readLine(f, n));
    },
    readlines(args) {
      const f = asFile(args[0]);
      if (!f.readable) unsupported('read');
      checkOpen(f, 'readline');
      const out: PyValue[] = [];
      for (let l = readLine(f, -1); l.length; l = readLine(f, -1)) out.push(new PyBytes(l));
      return new PyList(out);
    },
    write(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'write to');
      if (!f.writable) unsupported('write');
      return writeBytes(f, bytesLike(args[1]));
    },
    writelines(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'write to');
      if (!f.writable) unsupported('write');
      for (const b of iterToArray(args[1])) writeBytes(f, bytesLike(b));
      return None;
    },
    seek(args, kw) {
      const f = asFile(args[0]);
      checkOpen(f, 'seek');
      const p = parseArgs('seek', args.slice(1), kw, SEEK_SPEC);
      const off = Number(pyIndex(p[0]!));
      const whence = p[1] === undefined ? 0 : Number(pyIndex(p[1]));
      if (whence < 0 || whence > 2) throw newError(ValueErrorType, `whence value ${whence} unsupported`);
      const to = whence === 0 ? off : whence === 1 ? f.pos + off : fileSize(f) + off;
      if (to < 0) throw osErrorFromNode(Object.assign(new Error('EINVAL'), { code: 'EINVAL' }));
      f.pos = to;
      return to;
    },
    tell(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'I/O operation on');
      return f.pos;
    },
    truncate(args, kw) {
      const f = asFile(args[0]);
      checkOpen(f, 'truncate');
      if (!f.writable) unsupported('truncate');
      const p = parseArgs('truncate', args.slice(1), kw, SIZE_SPEC);
      const size = p[0] === undefined || p[0] === None ? f.pos : Number(pyIndex(p[0]));
      try {
        fs.ftruncateSync(f.fd, size);
      } catch (e) {
        throw osErrorFromNode(e);
      }
      return size;
    },
    flush(args) {
      checkOpen(asFile(args[0]), 'flush');
      return None;
    },
    close(args) {
      closeFile(asFile(args[0]));
      return None;
    },
    fileno(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'I/O operation on');
      return f.fd;
    },
    readable(args) {
      return asFile(args[0]).readable;
    },
    writable(args) {
      return asFile(args[0]).writable;
    },
    seekable(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'I/O operation on');
      return true;
    },
    isatty(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'I/O operation on');
      try {
        return fs.fstatSync(f.fd).isCharacterDevice();
      } catch {
        return false;
      }
    },
    __enter__(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'I/O operation on');
      return f;
    },
    __exit__(args) {
      closeFile(asFile(args[0]));
      return None;
    },
    __iter__(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'I/O operation on');
      return f;
    },
    __next__(args) {
      const f = asFile(args[0]);
      checkOpen(f, 'readline');
      const l = readLine(f, -1);
      if (!l.length) throw newError(StopIterationType);
      return new PyBytes(l);
    },
    __repr__(args) {
      const f = asFile(args[0]);
      const name = typeof f.name === 'string' ? `'${f.name}'` : String(f.name);
      if (f.ob_type === FileIOType) return `<_io.FileIO name=${name} mode='${f.mode}' closefd=${f.closefd ? 'True' : 'False'}>`;
      return `<_io.${f.ob_type.tp_name} name=${name}>`;
    },
  };
  for (const t of [BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType]) {
    defineMethods(t, methods);
    defineGetSet(t, 'closed', (s) => asFile(s).closed);
    defineGetSet(t, 'name', (s) => asFile(s).name);
    defineGetSet(t, 'mode', (s) => asFile(s).mode);
    // Binary file objects come from open(); wrapping a stream object of the program's is not supported.
    t.tp_new = () => {
      throw newError(NotImplementedErrorType, `constructing io.${t.tp_name} directly is not supported by tspy: use open() in binary mode`);
    };
  }
  defineGetSet(FileIOType, 'closefd', (s) => asFile(s).closefd);
}
