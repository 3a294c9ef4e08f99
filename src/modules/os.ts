/**
 * The `os` module (CPython Lib/os.py over Modules/posixmodule.c), native over
 * Node's fs/os/process: files and directories, `environ` (a live mapping over
 * process.env), `stat_result`, `walk`, `scandir`, process info. Failed calls
 * raise the OSError subclass CPython raises, with its message
 * (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
 * `os.path` is the `posixpath` module (os_path.ts), also in sys.modules.
 */
import * as fs from 'node:fs';
import * as nodeos from 'node:os';
import { nodeCrypto, nodeTty } from '../runtime/node_lazy.js';
import {
  type PyValue,
  PyObject,
  PyType,
  ObjectType,
  None,
  OSErrorType,
  AttributeErrorType,
  ClassMethodType,
  NotImplemented,
  TypeErrorType,
  ValueErrorType,
  PyBuiltinFunction,
  PyFloat,
  newError,
  typeOf,
  defineMethods,
  defineGetSet,
} from '../runtime/object.js';
import { PyIteratorBase, makeIteratorType } from '../runtime/iterbase.js';
import { repr as pyRepr, isTrue, getIter, index as pyIndex, toFloat } from '../runtime/abstract.js';
import { call, callMethod, getAttr } from '../runtime/attr.js';
import { importAbsolute } from '../importer/importer.js';
import { GenericAliasType } from '../runtime/genericalias.js';
import { parseArgs, oneArg, noArgs } from '../runtime/args.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyList } from '../runtime/list.js';
import { PyDict, keyError } from '../runtime/dict.js';
import { newBytes, bytesOf } from '../runtime/bytes.js';
import { strValue } from '../runtime/str.js';
import { makeStructSeqType, newStructSeq } from './structseq.js';
import { getSysModulesDict } from './sys.js';
import { flushStdout } from './stdio.js';
import { getNativeModule } from './registry.js';
import { fspathArg, pathResult, joinPaths, setOsErrorBuilder, type PathArg } from './os_path.js';

/** Linux errno numbers and strerror texts for the codes Node reports. */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  ESRCH: [3, 'No such process'],
  EINTR: [4, 'Interrupted system call'],
  EIO: [5, 'Input/output error'],
  ENXIO: [6, 'No such device or address'],
  E2BIG: [7, 'Argument list too long'],
  EBADF: [9, 'Bad file descriptor'],
  EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'],
  EACCES: [13, 'Permission denied'],
  EFAULT: [14, 'Bad address'],
  EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENODEV: [19, 'No such device'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  ENFILE: [23, 'Too many open files in system'],
  EMFILE: [24, 'Too many open files'],
  ENOTTY: [25, 'Inappropriate ioctl for device'],
  EFBIG: [27, 'File too large'],
  ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'],
  EROFS: [30, 'Read-only file system'],
  EMLINK: [31, 'Too many links'],
  EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOSYS: [38, 'Function not implemented'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
  ETIMEDOUT: [110, 'Connection timed out'],
};
const STRERROR = new Map<number, string>(Object.values(ERRNO).map(([n, s]) => [n, s]));

/** The OSError (right subclass, CPython message) for a failed Node call on `filename` (and `filename2`). */
export function osError(e: unknown, filename?: PyValue, filename2?: PyValue): PyObject {
  const code = (e as { code?: string }).code ?? '';
  const errno = (e as { errno?: number }).errno;
  let info = ERRNO[code];
  if (!info) {
    const n = typeof errno === 'number' ? Math.abs(errno) : 0;
    info = [n, STRERROR.get(n) ?? String((e as Error).message ?? e)];
  }
  const args: PyValue[] = [info[0], info[1]];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(0, filename2);
  return call(OSErrorType, args) as PyObject;
}
setOsErrorBuilder((e, f) => osError(e, f));

/** Run a Node fs call, turning its failure into the Python OSError. */
function fsCall<T>(f: () => T, filename?: PyValue, filename2?: PyValue): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyObject) throw e;
    throw osError(e, filename, filename2);
  }
}

/** A path argument of an os function: `stat: path should be string, bytes, os.PathLike or integer, not float`. */
function pathOf(fname: string, v: PyValue, allowNone = false): PathArg {
  const what = `${fname}: path should be string, bytes, os.PathLike${allowNone ? ', integer or None' : ' or integer'}, not ${typeOf(v).tp_name}`;
  return fspathArg(v, what);
}

// --- stat_result -------------------------------------------------------------

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'];
/** `os.stat_result`: 10 tuple items (int times), float times and more as attributes. */
export const StatResultType = makeStructSeqType('os', 'stat_result', STAT_FIELDS);
const statExtra = new WeakMap<PyObject, fs.Stats>();
for (const [name, f] of [
  ['st_atime', (s: fs.Stats) => new PyFloat(s.atimeMs / 1000)],
  ['st_mtime', (s: fs.Stats) => new PyFloat(s.mtimeMs / 1000)],
  ['st_ctime', (s: fs.Stats) => new PyFloat(s.ctimeMs / 1000)],
  ['st_atime_ns', (s: fs.Stats) => bigNs(s.atimeMs)],
  ['st_mtime_ns', (s: fs.Stats) => bigNs(s.mtimeMs)],
  ['st_ctime_ns', (s: fs.Stats) => bigNs(s.ctimeMs)],
  ['st_blksize', (s: fs.Stats) => s.blksize],
  ['st_blocks', (s: fs.Stats) => s.blocks],
  ['st_rdev', (s: fs.Stats) => s.rdev],
] as [string, (s: fs.Stats) => PyValue][]) {
  const idx = STAT_FIELDS.indexOf(name);
  defineGetSet(StatResultType, name, (self) => {
    const st = statExtra.get(self as PyObject);
    if (st) return f(st);
    return idx >= 0 ? (self as PyTuple).items[idx] : None;
  });
}

function bigNs(ms: number): PyValue {
  const ns = BigInt(Math.round(ms * 1e6));
  return ns > BigInt(Number.MAX_SAFE_INTEGER) ? ns : Number(ns);
}

function statResult(st: fs.Stats): PyValue {
  const r = newStructSeq(StatResultType, [
    st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size,
    Math.floor(st.atimeMs / 1000), Math.floor(st.mtimeMs / 1000), Math.floor(st.ctimeMs / 1000),
  ]);
  statExtra.set(r, st);
  return r;
}

// --- environ -------------------------------------------------------------------

/** `os._Environ`: a mutable mapping whose storage is process.env itself. */
export const EnvironType = new PyType('_Environ', [ObjectType], 0, 'os');
class PyEnviron extends PyObject {
  constructor() {
    super();
    this.ob_type = EnvironType;
  }
}
function envKey(v: PyValue, what = 'str expected, not '): string {
  const s = strValue(v);
  if (s === undefined) throw newError(TypeErrorType, `${what}${typeOf(v).tp_name}`);
  return s;
}
function envGet(k: PyValue): string | undefined {
  const s = strValue(k);
  return s === undefined ? undefined : process.env[s];
}
function envDict(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) d.set(k, v);
  return d;
}
defineMethods(EnvironType, {
  __getitem__(a) {
    const v = envGet(a[1]);
    if (v === undefined) throw keyError(a[1]);
    return v;
  },
  __setitem__(a) {
    process.env[envKey(a[1])] = envKey(a[2]);
    return None;
  },
  __delitem__(a) {
    const k = envKey(a[1]);
    if (!(k in process.env)) throw keyError(a[1]);
    delete process.env[k];
    return None;
  },
  __contains__: (a) => envGet(a[1]) !== undefined,
  __len__: () => Object.keys(process.env).length,
  __iter__: () => getIter(new PyList(Object.keys(process.env))),
  __repr__: () => `environ({${Object.entries(process.env).map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v ?? '')}`).join(', ')}})`,
  get(a, kw) {
    const p = parseArgs('get', a.slice(1), kw, ['key', 'default?']);
    return envGet(p[0]!) ?? p[1] ?? None;
  },
  keys: () => callMethod(envDict(), 'keys', []),
  values: () => callMethod(envDict(), 'values', []),
  items: () => callMethod(envDict(), 'items', []),
  copy: () => envDict(),
  setdefault(a, kw) {
    const p = parseArgs('setdefault', a.slice(1), kw, ['key', 'default?']);
    const v = envGet(p[0]!);
    if (v !== undefined) return v;
    const d = p[1] ?? None;
    process.env[envKey(p[0]!)] = envKey(d);
    return d;
  },
  pop(a, kw) {
    const p = parseArgs('pop', a.slice(1), kw, ['key', 'default?']);
    const v = envGet(p[0]!);
    if (v === undefined) {
      if (p[1] !== undefined) return p[1];
      throw keyError(p[0]!);
    }
    delete process.env[envKey(p[0]!)];
    return v;
  },
  update(a, kw) {
    const d = new PyDict();
    callMethod(d, 'update', a.slice(1), kw);
    for (const [k, v] of d.entries()) process.env[envKey(k)] = envKey(v);
    return None;
  },
  clear() {
    for (const k of Object.keys(process.env)) delete process.env[k];
    return None;
  },
});

// --- walk ------------------------------------------------------------------------

const WalkIterType = makeIteratorType('generator', false);
/**
 * `os.walk` as a native iterator. Top-down, the dirnames list yielded is read
 * back after the consumer resumes, so pruning it (`dirs[:] = ...`) works as in
 * CPython; bottom-up yields children first. Errors go to `onerror` or are ignored.
 */
class WalkIterator extends PyIteratorBase {
  /** Pending work: a directory to list, or (bottom-up) a result to yield. */
  stack: ({ dir: string } | { result: PyTuple } | { after: PyList; top: string })[] = [];
  constructor(top: string, public bytes: boolean, public topdown: boolean, public onerror: PyValue, public follow: boolean) {
    super();
    this.ob_type = WalkIterType;
    this.stack.push({ dir: top });
  }
  next(): PyValue | undefined {
    for (;;) {
      const job = this.stack.pop();
      if (job === undefined) return undefined;
      if ('result' in job) return job.result;
      if ('after' in job) {
        // top-down: descend into the (possibly edited) dirnames
        const names = job.after.items;
        for (let i = names.length - 1; i >= 0; i--) {
          const n = fspathArg(names[i]).s;
          const p = joinPaths([job.top, n]);
          if (this.follow || !isLink(p)) this.stack.push({ dir: p });
        }
        continue;
      }
      const top = job.dir;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(top, { withFileTypes: true });
      } catch (e) {
        if (this.onerror !== None) call(this.onerror, [osError(e, pathResult(top, this.bytes))]);
        continue;
      }
      const dirs: PyValue[] = [];
      const files: PyValue[] = [];
      const dirPaths: string[] = [];
      for (const ent of entries) {
        let isDir = ent.isDirectory();
        if (ent.isSymbolicLink()) {
          try {
            isDir = fs.statSync(joinPaths([top, ent.name])).isDirectory();
          } catch {
            isDir = false;
          }
        }
        if (isDir) {
          dirs.push(pathResult(ent.name, this.bytes));
          dirPaths.push(joinPaths([top, ent.name]));
        } else files.push(pathResult(ent.name, this.bytes));
      }
      const dirList = new PyList(dirs);
      const result = new PyTuple([pathResult(top, this.bytes), dirList, new PyList(files)]);
      if (this.topdown) {
        this.stack.push({ after: dirList, top });
        return result;
      }
      this.stack.push({ result });
      for (let i = dirPaths.length - 1; i >= 0; i--) {
        if (this.follow || !isLink(dirPaths[i])) this.stack.push({ dir: dirPaths[i] });
      }
    }
  }
}
function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

// --- scandir ---------------------------------------------------------------------

/** `os.DirEntry`. */
export const DirEntryType = new PyType('DirEntry', [ObjectType], 0, 'posix');
class PyDirEntry extends PyObject {
  constructor(public name: string, public path: string, public ent: fs.Dirent, public bytes: boolean) {
    super();
    this.ob_type = DirEntryType;
  }
}
function de(v: PyValue): PyDirEntry {
  if (v instanceof PyDirEntry) return v;
  throw newError(TypeErrorType, `descriptor requires a 'posix.DirEntry' object but received a '${typeOf(v).tp_name}'`);
}
function followArg(name: string, a: PyValue[], kw: readonly string[] | null): boolean {
  const p = parseArgs(name, a.slice(1), kw, ['*', 'follow_symlinks?']);
  return p[0] === undefined ? true : isTrue(p[0]);
}
defineMethods(DirEntryType, {
  is_dir(a, kw) {
    const d = de(a[0]);
    if (d.ent.isSymbolicLink() && followArg('is_dir', a, kw)) return fs.existsSync(d.path) && fs.statSync(d.path).isDirectory();
    return d.ent.isDirectory();
  },
  is_file(a, kw) {
    const d = de(a[0]);
    if (d.ent.isSymbolicLink() && followArg('is_file', a, kw)) return fs.existsSync(d.path) && fs.statSync(d.path).isFile();
    return d.ent.isFile();
  },
  is_symlink: (a) => de(a[0]).ent.isSymbolicLink(),
  stat(a, kw) {
    const d = de(a[0]);
    const follow = followArg('stat', a, kw);
    return fsCall(() => statResult(follow ? fs.statSync(d.path) : fs.lstatSync(d.path)), pathResult(d.path, d.bytes));
  },
  inode: (a) => fsCall(() => fs.lstatSync(de(a[0]).path).ino),
  __fspath__: (a) => pathResult(de(a[0]).path, de(a[0]).bytes),
  __repr__: (a) => `<DirEntry ${pyRepr(pathResult(de(a[0]).name, de(a[0]).bytes))}>`,
});
defineGetSet(DirEntryType, 'name', (s) => pathResult(de(s).name, de(s).bytes));
defineGetSet(DirEntryType, 'path', (s) => pathResult(de(s).path, de(s).bytes));

const ScandirIterType = new PyType('ScandirIterator', [ObjectType], 0, 'posix');
class ScandirIterator extends PyIteratorBase {
  i = 0;
  constructor(public entries: fs.Dirent[], public dir: string, public bytes: boolean) {
    super();
    this.ob_type = ScandirIterType;
  }
  next(): PyValue | undefined {
    if (this.i >= this.entries.length) return undefined;
    const ent = this.entries[this.i++];
    const path = joinPaths([this.dir, ent.name]);
    return new PyDirEntry(ent.name, path, ent, this.bytes);
  }
}
for (const [k, v] of makeIteratorType('ScandirIterator').tp_dict) ScandirIterType.tp_dict.set(k, v);
defineMethods(ScandirIterType, {
  __enter__: (a) => a[0],
  __exit__(a) {
    (a[0] as ScandirIterator).i = Infinity;
    return false;
  },
  close(a) {
    (a[0] as ScandirIterator).i = Infinity;
    return None;
  },
});

// --- the functions ------------------------------------------------------------------

type Fn = (args: PyValue[], kw: readonly string[] | null) => PyValue;
const fns: [string, Fn][] = [];
function def(name: string, fn: Fn): void {
  fns.push([name, fn]);
}

/** `os.fspath(path)`. */
def('fspath', (a, kw) => {
  const v = parseArgs('fspath', a, kw, ['path'])[0]!;
  const r = fspathArg(v);
  return strValue(v) !== undefined || typeOf(v).lookup('__fspath__') === undefined ? v : pathResult(r.s, r.bytes);
});
def('getcwd', (a, kw) => {
  noArgs('getcwd', a, kw);
  return process.cwd();
});
def('getcwdb', (a, kw) => {
  noArgs('getcwdb', a, kw);
  return pathResult(process.cwd(), true);
});
def('chdir', (a, kw) => {
  const v = parseArgs('chdir', a, kw, ['path'])[0]!;
  const p = pathOf('chdir', v);
  fsCall(() => process.chdir(p.s), v);
  return None;
});
def('listdir', (a, kw) => {
  const v = parseArgs('listdir', a, kw, ['path?'])[0];
  const p = v === undefined || v === None ? { s: '.', bytes: false } : pathOf('listdir', v, true);
  const names = fsCall(() => fs.readdirSync(p.s), v ?? '.');
  return new PyList(names.map((n) => pathResult(n, p.bytes)));
});
def('scandir', (a, kw) => {
  const v = parseArgs('scandir', a, kw, ['path?'])[0];
  const p = v === undefined || v === None ? { s: '.', bytes: false } : pathOf('scandir', v, true);
  const ents = fsCall(() => fs.readdirSync(p.s, { withFileTypes: true }), v ?? '.');
  return new ScandirIterator(ents, p.s, p.bytes);
});
const MKDIR_SPEC = ['path', 'mode?', '*', 'dir_fd?'];
def('mkdir', (a, kw) => {
  const p = parseArgs('mkdir', a, kw, MKDIR_SPEC);
  const path = pathOf('mkdir', p[0]!);
  const mode = p[1] === undefined ? 0o777 : Number(pyIndex(p[1]));
  fsCall(() => fs.mkdirSync(path.s, { mode }), p[0]);
  return None;
});
def('makedirs', (a, kw) => {
  const p = parseArgs('makedirs', a, kw, ['name', 'mode?', 'exist_ok?']);
  const path = fspathArg(p[0]!);
  const mode = p[1] === undefined ? 0o777 : Number(pyIndex(p[1]));
  const existOk = p[2] !== undefined && isTrue(p[2]);
  makedirs(path.s, mode, existOk, p[0]!);
  return None;
});
function makedirs(path: string, mode: number, existOk: boolean, orig: PyValue): void {
  const st = (() => {
    try {
      return fs.statSync(path);
    } catch {
      return undefined;
    }
  })();
  if (st) {
    if (existOk && st.isDirectory()) return;
    throw osError({ code: 'EEXIST' }, orig);
  }
  const parent = path.replace(/\/+[^/]*\/*$/, '');
  if (parent && parent !== path && !fs.existsSync(parent)) makedirs(parent, mode, true, parent);
  fsCall(() => fs.mkdirSync(path, { mode }), orig);
}
def('rmdir', (a, kw) => {
  const v = parseArgs('rmdir', a, kw, ['path', '*', 'dir_fd?'])[0]!;
  fsCall(() => fs.rmdirSync(pathOf('rmdir', v).s), v);
  return None;
});
def('removedirs', (a, kw) => {
  const v = parseArgs('removedirs', a, kw, ['name'])[0]!;
  let p = fspathArg(v).s;
  fsCall(() => fs.rmdirSync(p), v);
  for (;;) {
    p = p.replace(/\/+[^/]*\/*$/, '');
    if (!p) break;
    try {
      fs.rmdirSync(p);
    } catch {
      break;
    }
  }
  return None;
});
for (const name of ['remove', 'unlink']) {
  def(name, (a, kw) => {
    const v = parseArgs(name, a, kw, ['path', '*', 'dir_fd?'])[0]!;
    const p = pathOf(name, v);
    fsCall(() => {
      if (fs.lstatSync(p.s).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      fs.unlinkSync(p.s);
    }, v);
    return None;
  });
}
for (const name of ['rename', 'replace']) {
  def(name, (a, kw) => {
    const p = parseArgs(name, a, kw, ['src', 'dst', '*', 'src_dir_fd?', 'dst_dir_fd?']);
    const s = pathOf(name, p[0]!);
    const d = pathOf(name, p[1]!);
    fsCall(() => fs.renameSync(s.s, d.s), p[0], p[1]);
    return None;
  });
}
for (const name of ['stat', 'lstat']) {
  def(name, (a, kw) => {
    const p = parseArgs(name, a, kw, ['path', '*', 'dir_fd?', 'follow_symlinks?']);
    const v = p[0]!;
    const follow = name === 'stat' && (p[2] === undefined || isTrue(p[2]));
    if (typeof v === 'number') return fsCall(() => statResult(fs.fstatSync(v)));
    const path = pathOf(name, v);
    return fsCall(() => statResult(follow ? fs.statSync(path.s) : fs.lstatSync(path.s)), v);
  });
}
def('access', (a, kw) => {
  const p = parseArgs('access', a, kw, ['path', 'mode', '*', 'dir_fd?', 'effective_ids?', 'follow_symlinks?']);
  const path = pathOf('access', p[0]!);
  try {
    fs.accessSync(path.s, Number(pyIndex(p[1]!)));
    return true;
  } catch {
    return false;
  }
});
def('chmod', (a, kw) => {
  const p = parseArgs('chmod', a, kw, ['path', 'mode', '*', 'dir_fd?', 'follow_symlinks?']);
  fsCall(() => fs.chmodSync(pathOf('chmod', p[0]!).s, Number(pyIndex(p[1]!))), p[0]);
  return None;
});
def('symlink', (a, kw) => {
  const p = parseArgs('symlink', a, kw, ['src', 'dst', 'target_is_directory?', '*', 'dir_fd?']);
  fsCall(() => fs.symlinkSync(pathOf('symlink', p[0]!).s, pathOf('symlink', p[1]!).s), p[0], p[1]);
  return None;
});
def('readlink', (a, kw) => {
  const v = parseArgs('readlink', a, kw, ['path', '*', 'dir_fd?'])[0]!;
  const path = pathOf('readlink', v);
  return pathResult(fsCall(() => fs.readlinkSync(path.s), v), path.bytes);
});
def('walk', (a, kw) => {
  const p = parseArgs('walk', a, kw, ['top', 'topdown?', 'onerror?', 'followlinks?']);
  const top = fspathArg(p[0]!);
  return new WalkIterator(
    top.s,
    top.bytes,
    p[1] === undefined || isTrue(p[1]),
    p[2] ?? None,
    p[3] !== undefined && isTrue(p[3]),
  );
});
def('getenv', (a, kw) => {
  const p = parseArgs('getenv', a, kw, ['key', 'default?']);
  envKey(p[0]!, 'str expected, not ');
  return envGet(p[0]!) ?? p[1] ?? None;
});
def('putenv', (a, kw) => {
  const p = parseArgs('putenv', a, kw, ['name', 'value', '/']);
  process.env[envKey(p[0]!)] = envKey(p[1]!);
  return None;
});
def('unsetenv', (a, kw) => {
  delete process.env[envKey(parseArgs('unsetenv', a, kw, ['name', '/'])[0]!)];
  return None;
});
def('getpid', () => process.pid);
def('getppid', () => process.ppid);
def('getuid', () => process.getuid?.() ?? 0);
def('getgid', () => process.getgid?.() ?? 0);
def('geteuid', () => process.geteuid?.() ?? 0);
def('getlogin', () => nodeos.userInfo().username);
def('cpu_count', () => nodeos.cpus().length || None);
/** `posix.uname_result` (sysname, nodename, release, version, machine). */
const UnameResultType = makeStructSeqType('posix', 'uname_result', ['sysname', 'nodename', 'release', 'version', 'machine']);
def('uname', (a, kw) => {
  noArgs('uname', a, kw);
  return newStructSeq(UnameResultType, [nodeos.type(), nodeos.hostname(), nodeos.release(), nodeos.version(), nodeos.machine()]);
});
/** `posix.times_result`: CPU times of this process (children's are not tracked by Node). */
const TimesResultType = makeStructSeqType('posix', 'times_result', ['user', 'system', 'children_user', 'children_system', 'elapsed']);
def('times', (a, kw) => {
  noArgs('times', a, kw);
  const u = process.cpuUsage();
  const f = (x: number) => new PyFloat(x);
  return newStructSeq(TimesResultType, [f(u.user / 1e6), f(u.system / 1e6), f(0), f(0), f(nodeos.uptime())]);
});
def('getloadavg', (a, kw) => {
  noArgs('getloadavg', a, kw);
  return new PyTuple(nodeos.loadavg().map((x) => new PyFloat(x)));
});
def('umask', (a, kw) => {
  const mask = Number(pyIndex(parseArgs('umask', a, kw, ['mask', '/'])[0]!));
  return process.umask(mask);
});
def('utime', (a, kw) => {
  const p = parseArgs('utime', a, kw, ['path', 'times?', '/', '*', 'ns?', 'dir_fd?', 'follow_symlinks?']);
  const path = pathOf('utime', p[0]!);
  let atime: number;
  let mtime: number;
  if (p[1] !== undefined && p[1] !== None) {
    if (!(p[1] instanceof PyTuple) || p[1].items.length !== 2) {
      throw newError(TypeErrorType, 'utime: \'times\' must be either a tuple of two ints or None');
    }
    atime = toFloat(p[1].items[0]!);
    mtime = toFloat(p[1].items[1]!);
  } else if (p[2] !== undefined) {
    if (!(p[2] instanceof PyTuple) || p[2].items.length !== 2) throw newError(TypeErrorType, 'utime: ns must be a tuple of two ints');
    atime = Number(pyIndex(p[2].items[0]!)) / 1e9;
    mtime = Number(pyIndex(p[2].items[1]!)) / 1e9;
  } else {
    atime = mtime = Date.now() / 1000;
  }
  fsCall(() => fs.utimesSync(path.s, atime, mtime), p[0]);
  return None;
});
/** The `os.confstr` names Linux defines that tspy can answer. */
const CONFSTR_NAMES: [string, number][] = [['CS_PATH', 0], ['CS_GNU_LIBC_VERSION', 2], ['CS_GNU_LIBPTHREAD_VERSION', 3]];
function glibcVersion(): string | undefined {
  const report = (process as unknown as { report?: { getReport(): { header?: { glibcVersionRuntime?: string } } } }).report;
  return report?.getReport().header?.glibcVersionRuntime;
}
def('confstr', (a, kw) => {
  const name = parseArgs('confstr', a, kw, ['name', '/'])[0]!;
  let code: number;
  if (typeof name === 'string') {
    const hit = CONFSTR_NAMES.find(([n]) => n === name);
    if (hit === undefined) throw newError(ValueErrorType, 'unrecognized configuration name');
    code = hit[1];
  } else {
    code = Number(pyIndex(name));
  }
  const glibc = glibcVersion();
  switch (code) {
    case 0:
      return '/bin:/usr/bin';
    case 2:
      return glibc === undefined ? None : `glibc ${glibc}`;
    case 3:
      return glibc === undefined ? None : `NPTL ${glibc}`;
    default:
      throw osError({ code: 'EINVAL' });
  }
});
def('kill', (a, kw) => {
  const p = parseArgs('kill', a, kw, ['pid', 'signal', '/']);
  const pid = Number(pyIndex(p[0]!));
  const sig = Number(pyIndex(p[1]!));
  if (pid === process.pid && sig !== 0) flushStdout();
  fsCall(() => process.kill(pid, sig));
  return None;
});
def('get_exec_path', (a, kw) => {
  parseArgs('get_exec_path', a, kw, ['env?']);
  return new PyList((process.env.PATH ?? '/bin:/usr/bin').split(':'));
});
def('urandom', (a, kw) => {
  const n = Number(pyIndex(oneArg('urandom', a, kw)));
  if (n < 0) throw newError(ValueErrorType, 'negative argument not allowed');
  return newBytes(new Uint8Array(nodeCrypto().randomBytes(n)));
});
def('strerror', (a, kw) => {
  const n = Number(pyIndex(oneArg('strerror', a, kw)));
  return STRERROR.get(n) ?? (n === 0 ? 'Success' : `Unknown error ${n}`);
});
def('fsencode', (a, kw) => {
  const r = fspathArg(oneArg('fsencode', a, kw));
  return pathResult(r.s, true);
});
def('fsdecode', (a, kw) => {
  const r = fspathArg(oneArg('fsdecode', a, kw));
  return r.s;
});
/** `os.terminal_size` (columns, lines). */
const TerminalSizeType = makeStructSeqType('os', 'terminal_size', ['columns', 'lines']);
def('get_terminal_size', (a, kw) => {
  const fd = parseArgs('get_terminal_size', a, kw, ['fd?', '/'])[0];
  const stream = fd === 2 ? process.stderr : process.stdout;
  if (!stream.isTTY) throw osError({ code: 'ENOTTY' });
  return newStructSeq(TerminalSizeType, [stream.columns ?? 80, stream.rows ?? 24]);
});
// Low-level file descriptors (Node's numeric flags are the Linux O_* values).
def('open', (a, kw) => {
  const p = parseArgs('open', a, kw, ['path', 'flags', 'mode?', '*', 'dir_fd?']);
  const path = pathOf('open', p[0]!);
  const mode = p[2] === undefined ? 0o777 : Number(pyIndex(p[2]));
  return fsCall(() => fs.openSync(path.s, Number(pyIndex(p[1]!)), mode), p[0]);
});
def('close', (a, kw) => {
  const fd = Number(pyIndex(parseArgs('close', a, kw, ['fd'])[0]!));
  fsCall(() => fs.closeSync(fd));
  return None;
});
def('read', (a, kw) => {
  const p = parseArgs('read', a, kw, ['fd', 'length', '/']);
  const n = Number(pyIndex(p[1]!));
  if (n < 0) throw osError({ code: 'EINVAL' });
  const buf = new Uint8Array(n);
  const got = fsCall(() => fs.readSync(Number(pyIndex(p[0]!)), buf, 0, n, null));
  return newBytes(buf.slice(0, got));
});
def('write', (a, kw) => {
  const p = parseArgs('write', a, kw, ['fd', 'data', '/']);
  const data = bytesOf(p[1]!);
  if (data === undefined) throw newError(TypeErrorType, `a bytes-like object is required, not '${typeOf(p[1]!).tp_name}'`);
  return fsCall(() => fs.writeSync(Number(pyIndex(p[0]!)), data));
});
def('isatty', (a, kw) => {
  const fd = Number(pyIndex(parseArgs('isatty', a, kw, ['fd', '/'])[0]!));
  try {
    return nodeTty().isatty(fd);
  } catch {
    return false;
  }
});
def('_exit', (a, kw) => process.exit(Number(pyIndex(oneArg('_exit', a, kw)))));

/**
 * `os.PathLike`, built on first use (module `__getattr__`, PEP 562) so that
 * `import os` does not load `abc`: an ABC whose `__subclasshook__` accepts
 * any class defining `__fspath__`.
 */
let pathLike: PyValue | null = null;
function makePathLike(): PyValue {
  const abc = importAbsolute('abc');
  const hook = new PyBuiltinFunction('__subclasshook__', (a) => {
    if (a[0] !== pathLike || !(a[1] instanceof PyType)) return NotImplemented;
    for (const t of a[1].tp_mro) {
      const f = t.tp_dict.get('__fspath__');
      if (f !== undefined) return f === None ? NotImplemented : true;
    }
    return NotImplemented;
  }, null, 'PathLike.__subclasshook__', 'os');
  const ns = new PyDict();
  ns.set('__module__', 'os');
  ns.set('__qualname__', 'PathLike');
  ns.set('__doc__', 'Abstract base class for implementing the file system path protocol.');
  ns.set('__subclasshook__', call(ClassMethodType, [hook]));
  ns.set('__class_getitem__', call(ClassMethodType, [GenericAliasType]));
  return call(getAttr(abc, 'ABCMeta'), ['PathLike', new PyTuple([]), ns]);
}
function osGetattr(args: PyValue[]): PyValue {
  const name = args[0];
  if (name === 'PathLike') return (pathLike ??= makePathLike());
  throw newError(AttributeErrorType, `module 'os' has no attribute '${strValue(name) ?? pyRepr(name)}'`);
}

function confstrNames(): PyDict {
  const d = new PyDict();
  for (const [n, v] of CONFSTR_NAMES) d.set(n, v);
  return d;
}

/** Attributes of the `os` module. */
export function osModuleEntries(): [string, PyValue][] {
  const pathMod = getNativeModule('posixpath')!;
  getSysModulesDict().set('os.path', pathMod);
  const out: [string, PyValue][] = fns.map(([n, f]) => [n, new PyBuiltinFunction(n, f, null, n, 'os')]);
  const environ = new PyEnviron();
  out.push(
    ['path', pathMod],
    ['name', 'posix'],
    ['sep', '/'],
    ['altsep', None],
    ['extsep', '.'],
    ['pathsep', ':'],
    ['linesep', '\n'],
    ['curdir', '.'],
    ['pardir', '..'],
    ['defpath', '/bin:/usr/bin'],
    ['devnull', '/dev/null'],
    ['environ', environ],
    ['__getattr__', new PyBuiltinFunction('__getattr__', osGetattr, null, '__getattr__', 'os')],
    ['error', OSErrorType],
    ['stat_result', StatResultType],
    ['terminal_size', TerminalSizeType],
    ['uname_result', UnameResultType],
    ['confstr_names', confstrNames()],
    ['times_result', TimesResultType],
    ['DirEntry', DirEntryType],
    ['F_OK', 0],
    ['R_OK', 4],
    ['W_OK', 2],
    ['X_OK', 1],
    ['SEEK_SET', 0],
    ['SEEK_CUR', 1],
    ['SEEK_END', 2],
    ['O_RDONLY', 0],
    ['O_WRONLY', 1],
    ['O_RDWR', 2],
    ['O_CREAT', 64],
    ['O_EXCL', 128],
    ['O_TRUNC', 512],
    ['O_APPEND', 1024],
  );
  return out;
}
