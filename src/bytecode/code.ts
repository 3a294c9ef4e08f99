/**
 * The code object: the compiler's output, the cache's payload and the VM's
 * input. Fields and meanings are CPython 3.11's (Include/cpython/code.h,
 * Objects/codeobject.c), including the "localsplus" layout: fast locals, then
 * cell variables, then free variables share one index space, and
 * LOAD_FAST/LOAD_DEREF/MAKE_CELL/COPY_FREE_VARS index into it.
 */
import type { ConstValue } from './constants.js';

/** `co_localspluskinds` bits (Include/internal/pycore_code.h). */
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** `co_flags` bits (Include/cpython/code.h). */
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

/** Constructor fields of a code object; the derived `co_varnames` etc. are computed. */
export interface CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  /** Bytecode: 2 bytes per code unit, opcode then oparg (little-endian _Py_CODEUNIT), inline CACHE units zeroed. */
  co_code: Uint8Array;
  co_consts: ConstValue[];
  co_names: string[];
  /** Names of all fast slots: locals (parameters first), then cells, then frees. */
  co_localsplusnames: string[];
  /** One CO_FAST_* kind byte per localsplus name (a parameter that is also a cell has LOCAL|CELL). */
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  /** CPython 3.11's location table (Objects/locations.md); decode with `co_positions`/`addr2line` in linetable.ts. */
  co_linetable: Uint8Array;
  /** CPython 3.11's exception table (Objects/exception_handling_notes.txt): varint-encoded (start, length, target, depth<<1|lasti) entries, in code units. */
  co_exceptiontable: Uint8Array;
}

/** A compiled code object (CPython's `PyCodeObject`). Immutable once built; the VM may attach private caches. */
export class CodeObject implements CodeFields {
  co_argcount!: number;
  co_posonlyargcount!: number;
  co_kwonlyargcount!: number;
  co_stacksize!: number;
  co_flags!: number;
  co_code!: Uint8Array;
  co_consts!: ConstValue[];
  co_names!: string[];
  co_localsplusnames!: string[];
  co_localspluskinds!: Uint8Array;
  co_filename!: string;
  co_name!: string;
  co_qualname!: string;
  co_firstlineno!: number;
  co_linetable!: Uint8Array;
  co_exceptiontable!: Uint8Array;
  /** Slot for the VM's per-code data (materialised constants, decoded exception table, quickened code). Never serialised. */
  _vm: unknown = undefined;

  constructor(f: CodeFields) {
    // Field by field rather than Object.assign: every code object then has one hidden class.
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    this.co_names = f.co_names;
    this.co_localsplusnames = f.co_localsplusnames;
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_filename = f.co_filename;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_firstlineno = f.co_firstlineno;
    this.co_linetable = f.co_linetable;
    this.co_exceptiontable = f.co_exceptiontable;
  }

  /** Number of fast-local slots: `co_nlocalsplus`. */
  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }
  /** Names of slots whose kind has CO_FAST_LOCAL (parameters first), like CPython's `co_varnames`. */
  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
  /** Names of slots whose kind has CO_FAST_CELL. */
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }
  /** Names of slots whose kind has CO_FAST_FREE. */
  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }

  /** The localsplus names whose kind byte has any bit of `kind`, in slot order. */
  private namesOfKind(kind: number): string[] {
    const names = this.co_localsplusnames, kinds = this.co_localspluskinds;
    const out: string[] = [];
    for (let i = 0; i < names.length; i++) if (kinds[i] & kind) out.push(names[i]);
    return out;
  }
}
