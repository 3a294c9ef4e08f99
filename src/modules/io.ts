/**
 * Text I/O objects (CPython Modules/_io): `open()` text files (TextIOWrapper:
 * read, readline, readlines, write, writelines, iteration, seek/tell, `with`),
 * the sys.stdout/stderr/stdin stream objects, `io.StringIO` and `io.BytesIO`.
 * Binary files ('b' modes) live in io_binary.ts.
 */
import * as fs from 'node:fs';
import {
  type PyValue,
  PyObject,
  PyType,
  None,
  TypeErrorType,
  ValueErrorType,
  OSErrorType,
  NotImplementedErrorType,
  newError,
  typeName,
  defineMethods,
  defineGetSet,
  ObjectType,
  StopIterationType,
  LookupErrorType,
  AttributeErrorType,
  PyBuiltinFunction,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { iterToArray, str as pyStr, index as pyIndex, isTrue, repr } from '../runtime/abstract.js';
import { importAbsolute } from '../importer/importer.js';
import { osErrorFromNode } from '../runtime/exceptions.js';
import { PyList } from '../runtime/list.js';
import { PyBytes, PyByteArray, normalizeEncoding } from '../runtime/bytes.js';
import { call, getAttr } from '../runtime/attr.js';
import { stdoutWrite, stderrWrite, flushStdout, stdinReadLine, stdinReadAll } from './stdio.js';
import { fspathArg } from './os_path.js';
import { loadTextFile, writeTextFile, tellTextFile, seekTextFile, lineEnd, type TextFileState } from './io_textfile.js';
import { BufferedRandomType, BufferedReaderType, BufferedWriterType, FileIOType, UnsupportedOperationType, installBinaryFileTypes, openBinary, openDescriptor } from './io_binary.js';

function typeErr(msg: string): never {
  throw newError(TypeErrorType, msg);
}
function valueErr(msg: string): never {
  throw newError(ValueErrorType, msg);
}

export const TextIOWrapperType = new PyType('TextIOWrapper', [ObjectType], 1 << 10, '_io');
export const StringIOType = new PyType('StringIO', [ObjectType], 1 << 10, '_io');
export const BytesIOType = new PyType('BytesIO', [ObjectType], 1 << 10, '_io');

/** io.BytesIO: an in-memory binary buffer. */
export class PyBytesIO extends PyObject {
  buf = new Uint8Array(0);
  len = 0;
  pos = 0;
  closed = false;
  constructor(type: PyType = BytesIOType) {
    super();
    this.ob_type = type;
  }
  write(data: Uint8Array): void {
    const end = this.pos + data.length;
    if (end > this.buf.length) {
      const nb = new Uint8Array(Math.max(end, this.buf.length * 2, 16));
      nb.set(this.buf.subarray(0, this.len));
      this.buf = nb;
    }
    this.buf.set(data, this.pos);
    this.pos = end;
    if (end > this.len) this.len = end;
  }
}

function bytesArg(v: PyValue | undefined): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  typeErr(`a bytes-like object is required, not '${typeName(v ?? None)}'`);
}
function asBytesIO(v: PyValue): PyBytesIO {
  if (v instanceof PyBytesIO) return v;
  typeErr(`descriptor requires a '_io.BytesIO' object but received a '${typeName(v)}'`);
}

type StreamKind = 'file' | 'stdout' | 'stderr' | 'stdin' | 'buffer';

/** A text stream: a real file (read fully into memory on first read; writes go straight to the fd) or a standard stream. */
export class PyTextIO extends PyObject implements TextFileState {
  closed = false;
  /** Read side: whole decoded content and position (code units). */
  content: string | null = null;
  pos = 0;
  // Files (io_textfile.ts): codec, errors handler, newline mode, byte position while unloaded.
  encoding = 'utf-8';
  codec = 'utf-8';
  errors = 'strict';
  newline: string | null = null;
  append = false;
  cookie = 0;
  crlf: number[] = [];
  constructor(
    public kind: StreamKind,
    public fd: number,
    public name: PyValue,
    public mode: string,
    public readable: boolean,
    public writable: boolean,
    /** The wrapped binary stream for `TextIOWrapper(buffer)`. */
    public buffer: PyValue = None,
  ) {
    super();
    this.ob_type = TextIOWrapperType;
  }
}

/** io.StringIO: an in-memory text buffer. */
export class PyStringIO extends PyObject {
  buf = '';
  pos = 0;
  closed = false;
  constructor(type: PyType = StringIOType) {
    super();
    this.ob_type = type;
  }
}

function checkOpen(f: { closed: boolean }): void {
  // CPython: StringIO says "...closed file", files and BytesIO "...closed file." (period).
  if (f.closed) valueErr(f instanceof PyStringIO ? 'I/O operation on closed file' : 'I/O operation on closed file.');
}

function asTextIO(v: PyValue): PyTextIO {
  if (v instanceof PyTextIO) return v;
  typeErr(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeName(v)}'`);
}
function asStringIO(v: PyValue): PyStringIO {
  if (v instanceof PyStringIO) return v;
  typeErr(`descriptor requires a '_io.StringIO' object but received a '${typeName(v)}'`);
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  return Number(pyIndex(v));
}

function loadContent(f: PyTextIO): string {
  if (f.kind === 'file') return loadTextFile(f);
  if (f.content === null) {
    if (f.kind === 'stdin') f.content = '';
    else if (f.kind === 'buffer') {
      const data = call(getAttr(f.buffer, 'read'), [], null);
      f.content = new TextDecoder().decode(bytesArg(data));
    } else {
      try {
        // The whole file from its start (the descriptor's own offset may be past what was written through it).
        const size = fs.fstatSync(f.fd).size;
        const buf = Buffer.alloc(size);
        let got = 0;
        while (got < size) {
          const k = fs.readSync(f.fd, buf, got, size - got, got);
          if (k === 0) break;
          got += k;
        }
        f.content = buf.toString('utf8', 0, got);
      } catch (e) {
        throw osErrorFromNode(e);
      }
    }
  }
  return f.content;
}

function textWrite(f: PyTextIO, s: string): void {
  if (f.kind === 'stdout') stdoutWrite(s);
  else if (f.kind === 'stderr') stderrWrite(s);
  else if (f.kind === 'buffer') call(getAttr(f.buffer, 'write'), [new PyBytes(new TextEncoder().encode(s))], null);
  else writeTextFile(f, s);
}

/** Write a str to a text stream object (used by print for sys.stdout fast path). */
export function streamWrite(f: PyTextIO, s: string): void {
  checkOpen(f);
  if (!f.writable) throw newError(UnsupportedOperationType, 'not writable');
  textWrite(f, s);
}

function readLineFrom(f: PyTextIO, limit: number): string {
  if (f.kind === 'stdin') return stdinReadLine();
  const c = loadContent(f);
  if (f.pos >= c.length) return '';
  let end = lineEnd(c, f.pos, f.kind === 'file' ? f.newline : null);
  if (limit >= 0 && end - f.pos > limit) end = f.pos + limit;
  const line = c.slice(f.pos, end);
  f.pos = end;
  return line;
}

const SIZE_SPEC = ['size?', '/'];
const OPEN_SPEC = ['file', 'mode?', 'buffering?', 'encoding?', 'errors?', 'newline?', 'closefd?', 'opener?'];
const STRINGIO_SPEC = ['initial_value?', 'newline?'];
const SEEK_SPEC = ['cookie', 'whence?', '/'];

/**
 * `open(file, mode='r', buffering=-1, encoding=None, ...)` for text modes
 * r, w, a, x (with optional '+' and 't'). Errors: FileNotFoundError
 * `[Errno 2] No such file or directory: 'x'`, ValueError `invalid mode: 'z'`.
 */
export function openFile(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const p = parseArgs('open', args, kwnames, OPEN_SPEC);
  const arg = p[0]!;
  const mode = p[1] === undefined ? 'r' : p[1];
  if (typeof mode !== 'string') typeErr(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  // A path (str, bytes or os.PathLike, as os.fspath() takes it; the file keeps the object as its name) or a descriptor.
  const file: string | number = typeof arg === 'number' ? arg : fspathArg(arg).s;
  const m = new Set(mode);
  if (mode.length !== m.size || [...mode].some((c) => !'rwaxbt+U'.includes(c))) valueErr(`invalid mode: '${mode}'`);
  const kinds = ['r', 'w', 'a', 'x'].filter((c) => m.has(c));
  if (kinds.length !== 1) valueErr('must have exactly one of create/read/write/append mode');
  if (m.has('b') && m.has('t')) valueErr("can't have text and binary mode at once");
  const plus = m.has('+');
  const k = kinds[0];
  if (m.has('b')) {
    if (p[3] !== undefined && p[3] !== None) valueErr("binary mode doesn't take an encoding argument");
    if (p[4] !== undefined && p[4] !== None) valueErr("binary mode doesn't take an errors argument");
    if (p[5] !== undefined && p[5] !== None) valueErr("binary mode doesn't take a newline argument");
    installBinaryFileTypes();
    const buffering = p[2] === undefined || p[2] === None ? -1 : Number(pyIndex(p[2]));
    return openBinary(file, arg, k, plus, buffering, p[6] === undefined || isTrue(p[6]));
  }
  const encArg = p[3] === undefined || p[3] === None ? null : p[3];
  if (encArg !== null && typeof encArg !== 'string') typeErr(`open() argument 'encoding' must be str or None, not ${typeName(encArg)}`);
  // encoding="locale" (3.10+) is the locale's preferred encoding, as when none is given
  const enc = encArg === 'locale' ? null : encArg;
  const errors = p[4] === undefined || p[4] === None ? 'strict' : p[4];
  if (typeof errors !== 'string') typeErr(`open() argument 'errors' must be str or None, not ${typeName(errors)}`);
  const newline = p[5] === undefined || p[5] === None ? null : p[5];
  if (newline !== null && typeof newline !== 'string') typeErr(`open() argument 'newline' must be str or None, not ${typeName(newline)}`);
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) valueErr(`illegal newline value: ${newline}`);
  const f = new PyTextIO('file', openDescriptor(file, k, plus), arg, mode, k === 'r' || plus, k !== 'r' || plus);
  const codec = normalizeEncoding(enc ?? 'utf-8');
  if (codec === undefined) {
    closeFile(f);
    throw newError(LookupErrorType, `unknown encoding: ${enc}`);
  }
  f.encoding = enc ?? 'UTF-8'; // the locale's preferred encoding when none is given
  f.codec = codec;
  f.errors = errors;
  f.newline = newline;
  f.append = k === 'a';
  if (f.append) seekTextFile(f, 0, 2); // positioned at the end
  return f;
}

/** The standard stream objects for sys.stdin/stdout/stderr. */
export function makeStdStreams(): { stdin: PyTextIO; stdout: PyTextIO; stderr: PyTextIO } {
  return {
    stdin: new PyTextIO('stdin', 0, '<stdin>', 'r', true, false),
    stdout: new PyTextIO('stdout', 1, '<stdout>', 'w', false, true),
    stderr: new PyTextIO('stderr', 2, '<stderr>', 'w', false, true),
  };
}

function closeFile(f: PyTextIO): void {
  if (f.closed) return;
  f.closed = true;
  if (f.kind === 'file') {
    try {
      fs.closeSync(f.fd);
    } catch {
      /* already closed */
    }
  } else if (f.kind === 'stdout') flushStdout();
}

let installed = false;

/** Define the methods of TextIOWrapper and StringIO. Idempotent. */
export function installIoTypes(): void {
  if (installed) return;
  installed = true;
  installBinaryFileTypes();
  defineMethods(TextIOWrapperType, {
    read(args, kw) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      const n = sizeArg(parseArgs('read', args.slice(1), kw, SIZE_SPEC)[0]);
      if (!f.readable) throw newError(UnsupportedOperationType, 'not readable');
      if (f.kind === 'stdin') return stdinReadAll();
      const c = loadContent(f);
      const end = n < 0 ? c.length : Math.min(c.length, f.pos + n);
      const s = c.slice(f.pos, end);
      f.pos = end;
      return s;
    },
    readline(args, kw) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      const n = sizeArg(parseArgs('readline', args.slice(1), kw, SIZE_SPEC)[0]);
      if (!f.readable) throw newError(UnsupportedOperationType, 'not readable');
      return readLineFrom(f, n);
    },
    readlines(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      const out: PyValue[] = [];
      for (let l = readLineFrom(f, -1); l !== ''; l = readLineFrom(f, -1)) out.push(l);
      return new PyList(out);
    },
    write(args) {
      const f = asTextIO(args[0]);
      const s = args[1];
      if (typeof s !== 'string') typeErr(`write() argument must be str, not ${typeName(s ?? None)}`);
      streamWrite(f, s);
      return Array.from(s).length;
    },
    writelines(args) {
      const f = asTextIO(args[0]);
      for (const s of iterToArray(args[1])) {
        if (typeof s !== 'string') typeErr(`write() argument must be str, not ${typeName(s)}`);
        streamWrite(f, s);
      }
      return None;
    },
    flush(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      if (f.kind === 'stdout') flushStdout();
      return None;
    },
    close(args) {
      closeFile(asTextIO(args[0]));
      return None;
    },
    fileno(args) {
      return asTextIO(args[0]).fd;
    },
    readable(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      return f.readable;
    },
    writable(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      return f.writable;
    },
    seekable(args) {
      return asTextIO(args[0]).kind === 'file';
    },
    isatty(args) {
      const f = asTextIO(args[0]);
      try {
        return (fs.fstatSync(f.fd).isCharacterDevice());
      } catch {
        return false;
      }
    },
    seek(args, kw) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      const p = parseArgs('seek', args.slice(1), kw, SEEK_SPEC);
      const off = Number(pyIndex(p[0]!));
      const whence = p[1] === undefined ? 0 : Number(pyIndex(p[1]));
      if (f.kind === 'file') return seekTextFile(f, off, whence);
      const c = loadContent(f);
      f.pos = whence === 2 ? c.length + off : whence === 1 ? f.pos + off : off;
      return f.pos;
    },
    tell(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      if (f.kind === 'file') return tellTextFile(f);
      return f.pos;
    },
    __enter__(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      return f;
    },
    __exit__(args) {
      closeFile(asTextIO(args[0]));
      return None;
    },
    __iter__(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      return f;
    },
    __next__(args) {
      const f = asTextIO(args[0]);
      checkOpen(f);
      const l = readLineFrom(f, -1);
      if (l === '') throw newError(StopIterationType);
      return l;
    },
    __repr__(args) {
      const f = asTextIO(args[0]);
      return `<_io.TextIOWrapper name=${typeof f.name === 'string' ? `'${f.name}'` : pyStr(f.name)} mode='${f.mode}' encoding='${f.encoding}'>`;
    },
  });
  defineGetSet(TextIOWrapperType, 'closed', (s) => asTextIO(s).closed);
  defineGetSet(TextIOWrapperType, 'name', (s) => asTextIO(s).name);
  defineGetSet(TextIOWrapperType, 'mode', (s) => asTextIO(s).mode);
  defineGetSet(TextIOWrapperType, 'encoding', (s) => asTextIO(s).encoding);
  defineGetSet(TextIOWrapperType, 'errors', (s) => asTextIO(s).errors);

  TextIOWrapperType.tp_new = (_type, args, kwnames) => {
    const p = parseArgs('TextIOWrapper', args, kwnames, ['buffer', 'encoding?', 'errors?', 'newline?', 'line_buffering?', 'write_through?']);
    return new PyTextIO('buffer', -1, None, 'r+', true, true, p[0]!);
  };
  // As in CPython, __new__ ignores its arguments and __init__ fills the
  // buffer, so subclasses may take other constructor arguments.
  BytesIOType.tp_new = (type) => new PyBytesIO(type);
  defineMethods(BytesIOType, {
    __init__(args, kwnames) {
      const p = parseArgs('BytesIO', args.slice(1), kwnames, ['initial_bytes?']);
      const o = asBytesIO(args[0]);
      o.buf = new Uint8Array(0);
      o.len = 0;
      o.pos = 0;
      if (p[0] !== undefined && p[0] !== None) {
        o.write(bytesArg(p[0]));
        o.pos = 0;
      }
      return None;
    },
    write(args) {
      const o = asBytesIO(args[0]);
      checkOpen(o);
      const b = bytesArg(args[1]);
      o.write(b);
      return b.length;
    },
    getvalue(args) {
      const o = asBytesIO(args[0]);
      checkOpen(o);
      return new PyBytes(o.buf.slice(0, o.len));
    },
    read(args, kw) {
      const o = asBytesIO(args[0]);
      checkOpen(o);
      const n = sizeArg(parseArgs('read', args.slice(1), kw, SIZE_SPEC)[0]);
      const end = n < 0 ? o.len : Math.min(o.len, o.pos + n);
      const r = o.buf.slice(Math.min(o.pos, end), end);
      o.pos = Math.max(o.pos, end);
      return new PyBytes(r);
    },
    readline(args) {
      const o = asBytesIO(args[0]);
      checkOpen(o);
      let end = o.pos;
      while (end < o.len && o.buf[end] !== 10) end++;
      if (end < o.len) end++;
      const r = o.buf.slice(o.pos, end);
      o.pos = end;
      return new PyBytes(r);
    },
    seek(args, kw) {
      const o = asBytesIO(args[0]);
      checkOpen(o);
      const p = parseArgs('seek', args.slice(1), kw, SEEK_SPEC);
      const off = Number(pyIndex(p[0]!));
      const whence = p[1] === undefined ? 0 : Number(pyIndex(p[1]));
      if (whence === 0 && off < 0) valueErr(`negative seek value ${off}`);
      o.pos = Math.max(0, whence === 2 ? o.len + off : whence === 1 ? o.pos + off : off);
      return o.pos;
    },
    tell(args) {
      const o = asBytesIO(args[0]);
      checkOpen(o);
      return o.pos;
    },
    truncate(args) {
      const o = asBytesIO(args[0]);
      checkOpen(o);
      const n = args.length > 1 && args[1] !== None ? Number(pyIndex(args[1])) : o.pos;
      if (n < o.len) o.len = n;
      return n;
    },
    close(args) {
      asBytesIO(args[0]).closed = true;
      return None;
    },
    flush() {
      return None;
    },
    readable() {
      return true;
    },
    writable() {
      return true;
    },
    seekable() {
      return true;
    },
    __enter__(args) {
      checkOpen(asBytesIO(args[0]));
      return args[0];
    },
    __exit__(args) {
      asBytesIO(args[0]).closed = true;
      return None;
    },
  });
  defineGetSet(BytesIOType, 'closed', (s) => asBytesIO(s).closed);
  StringIOType.tp_new = (type) => new PyStringIO(type);
  defineMethods(StringIOType, {
    __init__(args, kwnames) {
      const p = parseArgs('StringIO', args.slice(1), kwnames, STRINGIO_SPEC);
      const o = asStringIO(args[0]);
      o.buf = '';
      o.pos = 0;
      const init = p[0];
      if (init !== undefined && init !== None) {
        if (typeof init !== 'string') typeErr(`initial_value must be str or None, not ${typeName(init)}`);
        o.buf = init;
      }
      return None;
    },
    write(args) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      const s = args[1];
      if (typeof s !== 'string') typeErr(`string argument expected, got '${typeName(s ?? None)}'`);
      if (o.pos > o.buf.length) o.buf += '\0'.repeat(o.pos - o.buf.length);
      o.buf = o.buf.slice(0, o.pos) + s + o.buf.slice(o.pos + s.length);
      o.pos += s.length;
      return Array.from(s).length;
    },
    writelines(args) {
      const o = asStringIO(args[0]);
      for (const s of iterToArray(args[1])) {
        if (typeof s !== 'string') typeErr(`string argument expected, got '${typeName(s)}'`);
        o.buf = o.buf.slice(0, o.pos) + s + o.buf.slice(o.pos + s.length);
        o.pos += s.length;
      }
      return None;
    },
    getvalue(args) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      return o.buf;
    },
    read(args, kw) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      const n = sizeArg(parseArgs('read', args.slice(1), kw, SIZE_SPEC)[0]);
      const end = n < 0 ? o.buf.length : Math.min(o.buf.length, o.pos + n);
      const s = o.buf.slice(o.pos, end);
      o.pos = Math.max(o.pos, end);
      return s;
    },
    readline(args, kw) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      const n = sizeArg(parseArgs('readline', args.slice(1), kw, SIZE_SPEC)[0]);
      return stringIOLine(o, n);
    },
    readlines(args) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      const out: PyValue[] = [];
      for (let l = stringIOLine(o, -1); l !== ''; l = stringIOLine(o, -1)) out.push(l);
      return new PyList(out);
    },
    seek(args, kw) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      const p = parseArgs('seek', args.slice(1), kw, SEEK_SPEC);
      const off = Number(pyIndex(p[0]!));
      const whence = p[1] === undefined ? 0 : Number(pyIndex(p[1]));
      if (whence === 0) {
        if (off < 0) valueErr(`Negative seek position ${off}`);
        o.pos = off;
      } else if (whence === 1) {
        if (off !== 0) throw newError(OSErrorType, "Can't do nonzero cur-relative seeks");
      } else if (whence === 2) {
        if (off !== 0) throw newError(OSErrorType, "Can't do nonzero end-relative seeks");
        o.pos = o.buf.length;
      } else valueErr(`Invalid whence (${whence}, should be 0, 1 or 2)`);
      return o.pos;
    },
    tell(args) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      return o.pos;
    },
    truncate(args) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      const n = args.length > 1 && args[1] !== None ? Number(pyIndex(args[1])) : o.pos;
      if (n < o.buf.length) o.buf = o.buf.slice(0, n);
      return n;
    },
    close(args) {
      asStringIO(args[0]).closed = true;
      return None;
    },
    flush() {
      return None;
    },
    readable(args) {
      checkOpen(asStringIO(args[0]));
      return true;
    },
    writable(args) {
      checkOpen(asStringIO(args[0]));
      return true;
    },
    seekable(args) {
      checkOpen(asStringIO(args[0]));
      return true;
    },
    isatty() {
      return false;
    },
    __enter__(args) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      return o;
    },
    __exit__(args) {
      asStringIO(args[0]).closed = true;
      return None;
    },
    __iter__(args) {
      checkOpen(asStringIO(args[0]));
      return args[0];
    },
    __next__(args) {
      const o = asStringIO(args[0]);
      checkOpen(o);
      const l = stringIOLine(o, -1);
      if (l === '') throw newError(StopIterationType);
      return l;
    },
  });
  defineGetSet(StringIOType, 'closed', (s) => asStringIO(s).closed);
}

function stringIOLine(o: PyStringIO, limit: number): string {
  if (o.pos >= o.buf.length) return '';
  let end = o.buf.indexOf('\n', o.pos);
  end = end < 0 ? o.buf.length : end + 1;
  if (limit >= 0 && end - o.pos > limit) end = o.pos + limit;
  const s = o.buf.slice(o.pos, end);
  o.pos = end;
  return s;
}

/** The `io` module's attributes. */
export function ioModuleEntries(): [string, PyValue][] {
  installIoTypes();
  return [
    ['StringIO', StringIOType],
    ['TextIOWrapper', TextIOWrapperType],
    ['BytesIO', BytesIOType],
    ['FileIO', FileIOType],
    ['BufferedReader', BufferedReaderType],
    ['BufferedWriter', BufferedWriterType],
    ['BufferedRandom', BufferedRandomType],
    ['UnsupportedOperation', UnsupportedOperationType],
    ['SEEK_SET', 0],
    ['SEEK_CUR', 1],
    ['SEEK_END', 2],
    ['DEFAULT_BUFFER_SIZE', 8192],
    ['__getattr__', new PyBuiltinFunction('__getattr__', ioGetattr, null, '__getattr__', 'io')],
  ];
}

/** The io ABCs, written in Python (src/lib/_tspy_iobase.py), loaded on first use. */
const IO_ABCS = new Set(['IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase']);

/** Module `__getattr__` of io (PEP 562): the ABCs, imported when first asked for. */
function ioGetattr(args: PyValue[]): PyValue {
  const name = args[0];
  if (typeof name === 'string' && IO_ABCS.has(name)) return getAttr(importAbsolute('_tspy_iobase'), name);
  throw newError(AttributeErrorType, `module 'io' has no attribute '${typeof name === 'string' ? name : repr(name)}'`);
}


