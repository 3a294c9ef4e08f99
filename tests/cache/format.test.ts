import { beforeAll, describe, expect, it } from 'vitest';
import { Packr, Unpackr, addExtension } from 'msgpackr';
import { CodeObject } from '../../src/bytecode/code.js';
import type { CodeFields } from '../../src/bytecode/code.js';
import { ConstComplex, ConstFrozenSet, ConstTuple, ELLIPSIS } from '../../src/bytecode/constants.js';
import type { ConstValue } from '../../src/bytecode/constants.js';
import {
  CacheFormatError,
  CHECKSUM_START,
  HEADER_OFFSETS,
  HEADER_SIZE,
  MAGIC,
  MAGIC_NUMBER,
  EXT_NAMES,
  EXT_TUPLE,
  decodeCacheFile,
  decodePayload,
  decodePayloadWithWarnings,
  encodeCacheFile,
  encodePayload,
  flagsForMode,
  modeFromFlags,
  readHeader,
  sameStat,
  staleReason,
} from '../../src/cache/format.js';
import { initHasher, xxh64 } from '../../src/cache/hash.js';

beforeAll(async () => {
  await initHasher();
});

/** A small but complete code object (RESUME 0; LOAD_CONST 0; RETURN_VALUE) carrying `consts`. */
function makeCode(consts: ConstValue[], extra: Partial<CodeFields> = {}): CodeObject {
  return new CodeObject({
    co_argcount: 0,
    co_posonlyargcount: 0,
    co_kwonlyargcount: 0,
    co_stacksize: 1,
    co_flags: 0,
    co_code: Uint8Array.of(151, 0, 100, 0, 83, 0),
    co_consts: consts,
    co_names: [],
    co_localsplusnames: [],
    co_localspluskinds: new Uint8Array(0),
    co_filename: 'm.py',
    co_name: '<module>',
    co_qualname: '<module>',
    co_firstlineno: 1,
    co_linetable: Uint8Array.of(0xf0, 0x03, 0x01, 0x01, 0x01),
    co_exceptiontable: new Uint8Array(0),
    ...extra,
  });
}

/** Structural description of a constant including its type, so 1 vs 1n vs true are distinguished. */
function describeConst(v: ConstValue): unknown {
  if (v === null) return ['None'];
  switch (typeof v) {
    case 'boolean':
      return ['bool', v];
    case 'bigint':
      return ['int', v.toString()];
    case 'number':
      return ['float', Object.is(v, -0) ? '-0' : String(v)];
    case 'string':
      return ['str', Array.from(v, (c) => c.codePointAt(0))];
  }
  if (v instanceof Uint8Array) return ['bytes', Array.from(v), v.constructor.name];
  if (v instanceof ConstTuple) return ['tuple', v.items.map(describeConst)];
  if (v instanceof ConstFrozenSet) return ['frozenset', v.items.map(describeConst)];
  if (v instanceof ConstComplex) return ['complex', String(v.real), Object.is(v.imag, -0) ? '-0' : String(v.imag)];
  if (v === ELLIPSIS) return ['Ellipsis'];
  if (v instanceof CodeObject) return describeCode(v);
  throw new Error('unknown const');
}

function describeCode(c: CodeObject): unknown {
  return {
    argcount: c.co_argcount,
    posonly: c.co_posonlyargcount,
    kwonly: c.co_kwonlyargcount,
    stack: c.co_stacksize,
    flags: c.co_flags,
    code: Array.from(c.co_code),
    consts: c.co_consts.map(describeConst),
    names: c.co_names,
    lpnames: c.co_localsplusnames,
    lpkinds: Array.from(c.co_localspluskinds),
    filename: c.co_filename,
    name: c.co_name,
    qualname: c.co_qualname,
    firstlineno: c.co_firstlineno,
    linetable: Array.from(c.co_linetable),
    exctable: Array.from(c.co_exceptiontable),
  };
}

const ALL_CONSTS: ConstValue[] = [
  null,
  true,
  false,
  0n,
  1n,
  -1n,
  127n,
  128n,
  -128n,
  -129n,
  255n,
  256n,
  2n ** 53n,
  -(2n ** 63n),
  2n ** 64n,
  -(2n ** 200n) + 12345n,
  0.0,
  -0.0,
  1.0,
  1.5,
  -2.0,
  1e300,
  5e-324,
  Infinity,
  -Infinity,
  NaN,
  '',
  'hello',
  'é😀中',
  '\ud800',
  'a\udfffb',
  '\ufeff',
  '\ufeff' + 'BOM-led string long enough for the TextDecoder path',
  '\0',
  'x'.repeat(70000),
  new Uint8Array(0),
  Uint8Array.of(0, 1, 255),
  new ConstComplex(0, 1),
  new ConstComplex(-0, -0),
  new ConstComplex(1.5, NaN),
  ELLIPSIS,
  new ConstTuple([]),
  new ConstTuple([1n, 1.0, 'a', null, new ConstTuple([true])]),
  new ConstFrozenSet([]),
  new ConstFrozenSet([1n, 'b', new ConstTuple([2.0])]),
];

describe('payload codec', () => {
  it('round-trips every constant type with its Python type intact', () => {
    const code = makeCode(ALL_CONSTS);
    const back = decodePayload(encodePayload(code));
    expect(describeCode(back)).toEqual(describeCode(code));
  });

  it.each(ALL_CONSTS.map((c, i) => [i, c] as const))('constant #%i alone round-trips', (_i, c) => {
    const code = makeCode([c]);
    const back = decodePayload(encodePayload(code));
    expect(back.co_consts.map(describeConst)).toEqual([describeConst(c)]);
  });

  it('keeps integral floats as floats and ints as ints', () => {
    const back = decodePayload(encodePayload(makeCode([1.0, 1n, 0.0, 0n])));
    expect(back.co_consts.map((v) => typeof v)).toEqual(['number', 'bigint', 'number', 'bigint']);
  });

  it('sends int32-range ints as plain msgpack integers and bigger ones as ext INT, at the edges too', () => {
    const ints = [0n, 1n, -1n, 127n, 128n, -32n, -33n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(2n ** 31n) - 1n, 2n ** 64n, -(10n ** 40n)];
    const back = decodePayload(encodePayload(makeCode(ints)));
    expect(back.co_consts).toEqual(ints);
    const tiny = encodePayload(makeCode([5n]));
    const ext = encodePayload(makeCode([2n ** 31n]));
    expect(ext.length - tiny.length).toBeGreaterThan(4); // fixext vs one-byte fixint
  });

  it("writes strings, ints, bins and arrays with msgpack's shortest headers, byte for byte as msgpackr's Packr does", () => {
    // co_consts is the last value before the empty warnings array (0x90), so its bytes end the payload. The
    // values go inside a tuple (whose str items travel inline, unlike top-level str constants): co_consts is then
    // 0x91 (fixarray 1), the ext TUPLE tag d4 02 00, then the items as Packr writes them.
    const packr = new Packr({ useRecords: false, moreTypes: false, structuredClone: false });
    const cases: [ConstValue[], unknown[]][] = [];
    for (const n of [0, 1, 31, 32, 63, 64, 65, 255, 256, 65535, 65536]) {
      cases.push([['a'.repeat(n)], ['a'.repeat(n)]]);
      // Multi-byte UTF-8 that crosses a header size only once encoded (10 chars, 30 bytes; 11 chars, 33 bytes; ...).
      const m = Math.max(1, Math.floor(n / 3));
      cases.push([['中'.repeat(m), 'é'.repeat(m), '😀'.repeat(m)], ['中'.repeat(m), 'é'.repeat(m), '😀'.repeat(m)]]);
      cases.push([[new Uint8Array(n)], [new Uint8Array(n)]]);
    }
    const ints = [0, 1, 127, 128, 255, 256, 65535, 65536, 2 ** 31 - 1, -1, -32, -33, -128, -129, -32768, -32769, -(2 ** 31)];
    cases.push([ints.map((i) => BigInt(i)), ints]);
    cases.push([[true, false, null], [true, false, null]]);
    const many = Array.from({ length: 70000 }, (_, i) => i % 100);
    cases.push([many.map((i) => BigInt(i)), many]);
    for (const [consts, plain] of cases) {
      const payload = encodePayload(makeCode([new ConstTuple(consts)]));
      const expected = Buffer.concat([Buffer.of(0x91, 0xd4, EXT_TUPLE, 0), packr.pack(plain)]);
      expect(payload[payload.length - 1]).toBe(0x90);
      expect(Buffer.from(payload.subarray(payload.length - 1 - expected.length, payload.length - 1)).equals(expected)).toBe(true);
    }
    // The joined name table is one str, written as Packr writes that string.
    for (const n of [10, 40, 300, 70000]) {
      const s = 'b'.repeat(n);
      const payload = encodePayload(makeCode([s]));
      const joined = packr.pack(['m.py', '<module>', s].join('\0'));
      expect(Buffer.from(payload.subarray(4, 4 + joined.length)).equals(joined)).toBe(true);
    }
  });

  it('writes plain msgpack that a generic reader (msgpackr) decodes to the same tree, given the extension types', () => {
    // The documented layout, read without tspy's reader: [NAMES, CODE, warnings], CODE = [body bin, co_consts].
    const wrap = (type: number) => (v: unknown) => ({ type, v });
    for (const t of [EXT_NAMES, 1, EXT_TUPLE]) addExtension({ type: t, read: wrap(t) });
    addExtension({ type: 4, unpack: (b: Uint8Array) => ({ type: 4, v: new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true) }) });
    const inner = makeCode(['doc', 1n], { co_name: 'f', co_qualname: 'f' });
    const code = makeCode([inner, 'hello', new ConstTuple(['x', 2n]), 2.5, null]);
    const v = new Unpackr({ useRecords: false, mapsAsObjects: true }).unpack(encodePayload(code)) as unknown[];
    const names = (v[0] as { v: string }).v.split('\0');
    expect(names).toEqual(['m.py', '<module>', 'hello', 'f', 'doc']);
    const [body, consts] = (v[1] as { v: [Uint8Array, unknown[]] }).v;
    expect(body).toBeInstanceOf(Uint8Array);
    // 'hello' is nil in co_consts (the body lists it: the varints ..., 0 locals, 1 tabled str, index 1, name 2, ...).
    expect(consts.slice(1)).toEqual([null, { type: EXT_TUPLE, v: ['x', 2] }, { type: 4, v: 2.5 }, null]);
    expect(Array.from(body.subarray(9, 15))).toEqual([0, 0, 1, 1, 2, 6]);
    expect(v[2]).toEqual([]);
  });

  it('rejects a plain msgpack number that the writer never sends as an int (a float64, or out of range)', () => {
    const good = encodePayload(makeCode([5n]));
    // co_consts is [5]: msgpack 0x91 (fixarray 1) then 0x05. Swap in a float64 2.5 or a uint32 (5 bytes each).
    const at = Buffer.from(good).indexOf(Buffer.of(0x91, 0x05));
    expect(at).toBeGreaterThan(0);
    const cases: [Buffer, RegExp][] = [
      [Buffer.of(0xcb, 0x40, 0x04, 0, 0, 0, 0, 0, 0), /unexpected msgpack type 0xcb/],
      [Buffer.of(0xce, 0xff, 0xff, 0xff, 0xff), /small-int range/],
    ];
    for (const [repl, msg] of cases) {
      const bad = Buffer.concat([good.subarray(0, at + 1), repl, good.subarray(at + 2)]);
      expect(() => decodePayload(bad)).toThrow(msg);
    }
  });

  it('round-trips nested code objects and all fields', () => {
    const inner2 = makeCode([null], {
      co_name: 'g',
      co_qualname: 'f.<locals>.g',
      co_flags: 0x13,
      co_localsplusnames: ['x'],
      co_localspluskinds: Uint8Array.of(0x80),
      co_firstlineno: 3,
    });
    const inner = makeCode([inner2, 'doc', 2n], {
      co_argcount: 2,
      co_posonlyargcount: 1,
      co_kwonlyargcount: 1,
      co_stacksize: 7,
      co_name: 'f',
      co_qualname: 'f',
      co_flags: 0x03 | 0x20,
      co_names: ['print', 'len', 'w\udc80'],
      co_localsplusnames: ['a', 'b', 'c', 'x'],
      co_localspluskinds: Uint8Array.of(0x20, 0x20, 0x20, 0x60),
      co_firstlineno: 2,
      co_exceptiontable: Uint8Array.of(0x82, 0x04, 0x06, 0x02),
      co_filename: '/abs/dir/m\ud800.py',
    });
    const top = makeCode([inner, new ConstTuple([inner2]), null]);
    const back = decodePayload(encodePayload(top));
    expect(describeCode(back)).toEqual(describeCode(top));
    expect(back.co_consts[0]).toBeInstanceOf(CodeObject);
    expect((back.co_consts[0] as CodeObject).co_cellvars).toEqual(['x']);
  });

  it('decoded byte fields are plain Uint8Arrays viewing the payload, not copies', () => {
    const payload = encodePayload(makeCode([Uint8Array.of(1, 2, 3)]));
    for (const input of [payload, Buffer.from(payload)]) {
      const back = decodePayload(input);
      const k = back.co_consts[0] as Uint8Array;
      for (const b of [back.co_code, back.co_linetable, back.co_exceptiontable, back.co_localspluskinds, k]) {
        expect(b.constructor).toBe(Uint8Array);
        // Empty fields (no exception table, no locals here) share one empty array instead.
        if (b.length > 0) expect(b.buffer).toBe(input.buffer);
      }
      expect([back.co_exceptiontable.length, back.co_localspluskinds.length]).toEqual([0, 0]);
      expect(Array.from(k)).toEqual([1, 2, 3]);
      expect(Array.from(back.co_code)).toEqual([151, 0, 100, 0, 83, 0]);
    }
  });

  it('stores each distinct name once, in a name table ahead of the code', () => {
    const long = 'a_rather_long_name_used_everywhere';
    const inner = makeCode([null], {
      co_name: long,
      co_qualname: long,
      co_names: [long, 'x'],
      co_localsplusnames: [long],
      co_localspluskinds: Uint8Array.of(0x20),
    });
    const count = (payload: Buffer, s: string) => {
      let n = 0;
      for (let at = payload.indexOf(s); at >= 0; at = payload.indexOf(s, at + 1)) n++;
      return n;
    };
    // A lone surrogate among the names: the table is an array of str (fixarray 0x9N after the tag).
    const top = makeCode([inner, new ConstTuple([inner, 'in a tuple']), long, 'with\0nul'], { co_names: [long, long, 'x\ud800'] });
    const payload = Buffer.from(encodePayload(top));
    expect(Array.from(payload.subarray(0, 4))).toEqual([0x93, 0xd4, EXT_NAMES, 0]); // [ext NAMES tag, ...]
    expect(payload[4] & 0xf0).toBe(0x90);
    // Once in the name table, shared by the names and the top-level str constant; a str in a tuple and one
    // holding U+0000 travel inline.
    expect([count(payload, long), count(payload, 'in a tuple'), count(payload, 'with\0nul')]).toEqual([1, 1, 1]);
    const back = decodePayload(payload);
    expect(describeCode(back)).toEqual(describeCode(top));
    expect(back.co_names).toEqual([long, long, 'x\ud800']);
    expect(back.co_consts.slice(2)).toEqual([long, 'with\0nul']);
    // All names well-formed: the table is one str, the names joined by U+0000 (str header 0xd9/0xa0-0xbf).
    const plain = makeCode([inner, long, 'é', long, null, 'x'], { co_names: [long, 'y'] });
    const joined = Buffer.from(encodePayload(plain));
    expect(joined[4] === 0xd9 || (joined[4] & 0xe0) === 0xa0).toBe(true);
    expect(count(joined, long)).toBe(1);
    expect(count(joined, `${long}\0`)).toBe(1);
    const back2 = decodePayload(joined);
    expect(describeCode(back2)).toEqual(describeCode(plain));
    expect(back2.co_consts.slice(1)).toEqual([long, 'é', long, null, 'x']);
  });

  // ext CODE whose body is `body` (msgpack bin8) and whose co_consts are (None,).
  const codeWithBody = (body: number[]) => [0xd4, 1, 0, 0x92, 0xc4, body.length, ...body, 0x91, 0xc0];
  // A body: the varints `info`, the lengths of co_code (RESUME; LOAD_CONST 0; RETURN_VALUE), co_linetable and
  // co_exceptiontable (both empty), then the kind bytes `kinds` and the code.
  const bodyOf = (info: number[], kinds: number[] = []) => [...info, 6, 0, 0, ...kinds, 151, 0, 100, 0, 83, 0];
  // Its info: argcount, posonly, kwonly 0, stacksize 1, flags 0, firstlineno 1, co_filename/co_name/co_qualname =
  // table[i]/[j]/[k], no names, no locals, no str constants in the table.
  const infoOf = (i: number, j: number, k: number) => [0, 0, 0, 1, 0, 1, i, j, k, 0, 0, 0];
  const codeWithInfo = (info: number[]) => codeWithBody(bodyOf(info));
  const table = [0xd4, EXT_NAMES, 0, 0x92, 0xa1, 0x6d, 0xa1, 0x66]; // ['m', 'f'], as an array of str
  const joinedTable = [0xd4, EXT_NAMES, 0, 0xa3, 0x6d, 0, 0x66]; // 'm\0f', one str

  it('rejects a name index outside the table, names before the table, and a second table', () => {
    const code = (i: number, j: number, k: number) => codeWithInfo(infoOf(i, j, k));
    for (const t of [table, joinedTable]) {
      const ok = decodePayload(Uint8Array.of(0x93, ...t, ...code(0, 1, 1), 0x90));
      expect([ok.co_filename, ok.co_name, ok.co_qualname]).toEqual(['m', 'f', 'f']);
    }
    const bad: [number[], RegExp][] = [
      [[0x93, ...table, ...code(0, 2, 1), 0x90], /co_name is not a valid name index/],
      [[0x93, ...joinedTable, ...code(0, 2, 1), 0x90], /co_name is not a valid name index/],
      [[0x93, ...table, ...code(0, 1, 0x7f), 0x90], /co_qualname is not a valid name index/],
      [[0x93, 0xc0, ...code(0, 1, 1), 0x90], /the name table expected/],
      [code(0, 1, 1), /not a name table, a code object and warnings/],
      [[0x94, ...table, ...table, ...code(0, 1, 1), 0x90], /not a name table, a code object and warnings/],
      [[0x93, ...table, ...table, ...code(0, 1, 1), 0x90], /the module code object expected/],
      [[0x93, ...code(0, 1, 1), ...table, 0x90], /the name table expected/],
      [[0x93, 0xd4, EXT_NAMES, 0, 0x92, 0xa1, 0x6d, 0x01, ...code(0, 0, 0), 0x90], /the name table is not a string/],
      [[0x91, ...table], /not a name table, a code object and warnings/],
      [[0x92, ...table, ...code(0, 1, 1)], /not a name table, a code object and warnings/], // format 5 before warnings
    ];
    for (const [bytes, msg] of bad) expect(() => decodePayload(Uint8Array.from(bytes))).toThrow(msg);
  });

  it('reads the body bin strictly: varints of at most 32 bits in their shortest form, lists within the bin, lengths that add up to the bin', () => {
    const decode = (body: number[]) => decodePayload(Uint8Array.of(0x93, ...table, ...codeWithBody(body), 0x90));
    // A two-byte varint (stacksize 300) and one local 'm' of kind CO_FAST_LOCAL.
    const good = decode(bodyOf([0, 0, 0, 0xac, 0x02, 0, 1, 0, 1, 1, 1, 0, 1, 0, 0], [0x20]));
    expect([good.co_stacksize, good.co_names, good.co_localsplusnames, Array.from(good.co_localspluskinds)]).toEqual([300, ['m'], ['m'], [0x20]]);
    expect([Array.from(good.co_code), good.co_linetable.length, good.co_exceptiontable.length]).toEqual([[151, 0, 100, 0, 83, 0], 0, 0]);
    // All three byte fields present: each is its own slice of the body.
    const full = decode([...infoOf(0, 1, 1), 2, 3, 1, 151, 0, 7, 8, 9, 4]);
    expect([Array.from(full.co_code), Array.from(full.co_linetable), Array.from(full.co_exceptiontable)]).toEqual([[151, 0], [7, 8, 9], [4]]);
    const bad: [number[], RegExp][] = [
      [[0, 0, 0, 1], /code body ends before co_flags/],
      [[0, 0, 0, 0x81], /code body ends inside co_stacksize/],
      [bodyOf([0, 0, 0, 0x81, 0x00, 0, 1, 0, 1, 1, 0, 0]), /co_stacksize is not a valid varint/], // overlong 1
      [bodyOf([0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0, 1, 0, 1, 1, 0, 0]), /longer than 32 bits/],
      [bodyOf([0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x1f, 0, 1, 0, 1, 1, 0, 0]), /co_stacksize is not a valid varint/], // 2**32 + ...
      [[0, 0, 0, 1, 0, 1, 0, 1, 1, 0x7f, 0], /co_names is longer than the code body/],
      [infoOf(0, 1, 1), /code body ends before co_code length/],
      [bodyOf([0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0]), /code body lengths do not add up/], // one local, no kind byte
      [[...bodyOf(infoOf(0, 1, 1)), 0x20], /code body lengths do not add up/], // a byte after the end
      [[...infoOf(0, 1, 1), 9, 0, 0, 151, 0], /code body lengths do not add up/], // co_code longer than the body
      [[...infoOf(0, 1, 1), 3, 0, 0, 151, 0, 1], /co_code of f has odd length/],
      [bodyOf([1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0]), /more arguments than local slots/],
      [[0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0], /code body ends before a tabled str constant/],
    ];
    for (const [body, msg] of bad) expect(() => decode(body), msg.source).toThrow(msg);
  });

  it('fills the nils of co_consts that the body lists with their str constants from the name table, and checks the list', () => {
    // co_consts (None, None, 7): the body lists (index, name): here (1, 'f').
    const decode = (tabled: number[], consts: number[] = [0x93, 0xc0, 0xc0, 0x07]) => {
      const body = [0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, ...tabled, 6, 0, 0, 151, 0, 100, 0, 83, 0];
      return decodePayload(Uint8Array.of(0x93, ...joinedTable, 0xd4, 1, 0, 0x92, 0xc4, body.length, ...body, ...consts, 0x90));
    };
    expect(decode([0]).co_consts).toEqual([null, null, 7n]);
    expect(decode([1, 1, 1]).co_consts).toEqual([null, 'f', 7n]);
    expect(decode([2, 0, 0, 1, 1]).co_consts).toEqual(['m', 'f', 7n]);
    const bad: [number[], RegExp][] = [
      [[1, 3, 1], /does not name a nil in co_consts/], // past the end
      [[1, 2, 1], /does not name a nil in co_consts/], // the 7
      [[2, 1, 1, 1, 0], /does not name a nil in co_consts/], // the same nil twice
      [[1, 1, 2], /a tabled str constant is not a valid name index/],
    ];
    for (const [tabled, msg] of bad) expect(() => decode(tabled), msg.source).toThrow(msg);
  });

  it('keeps the compile warnings in the payload and checks them', () => {
    const warnings = [
      { category: 'SyntaxWarning' as const, message: '"is" with a literal. Did you mean "=="?', lineno: 2 },
      { category: 'SyntaxWarning' as const, message: 'assertion is always true, perhaps remove parentheses?', lineno: 70000 },
    ];
    const payload = encodePayload(makeCode([null]), warnings);
    expect(decodePayloadWithWarnings(payload).warnings).toEqual(warnings);
    expect(decodePayloadWithWarnings(encodePayload(makeCode([null]))).warnings).toEqual([]);
    const code = codeWithInfo(infoOf(0, 1, 1));
    const bad: [number[], RegExp][] = [
      [[0x93, ...table, ...code, 0xc0], /warnings is not an array/],
      [[0x93, ...table, ...code, 0x91, 0x92, 0xa1, 0x78, 1], /not \[category, message, lineno\]/],
      [[0x93, ...table, ...code, 0x91, 0x93, 0xa1, 0x78, 0xa1, 0x6d, 1], /unknown warning category/],
      [[0x93, ...table, ...code, 0x91, 0x93, 0xad, ...Buffer.from('SyntaxWarning'), 0xa1, 0x6d, 0xff], /warning line/],
      [[0x93, ...table, ...code, 0x91, 0x93, 0xad, ...Buffer.from('SyntaxWarning'), 0x01, 1], /warning message is not a string/],
    ];
    for (const [bytes, msg] of bad) expect(() => decodePayload(Uint8Array.from(bytes)), msg.source).toThrow(msg);
  });

  it('never serialises the VM slot', () => {
    const code = makeCode([]);
    code._vm = { junk: 1 };
    const back = decodePayload(encodePayload(code));
    expect(back._vm).toBeUndefined();
  });

  it('rejects payloads that are not code objects', () => {
    const bad = [Uint8Array.of(0xc0), Uint8Array.of(0x93, 1, 2, 3), new Uint8Array(0), Uint8Array.of(0xd4, 1, 0, 0x90)];
    for (const b of bad) expect(() => decodePayload(b)).toThrow(CacheFormatError);
  });
});

describe('header', () => {
  it('has the documented layout', () => {
    const code = makeCode([1n]);
    const src = new TextEncoder().encode('x = 1\n');
    const stat = { mtimeNs: 1_700_000_123_456_789_012n, size: 6, atNs: 1_700_000_200_000_000_000n };
    const file = encodeCacheFile(code, 'checked-hash', xxh64(src), stat);
    const dv = new DataView(file.buffer);
    expect(Array.from(file.subarray(0, 4))).toEqual(Array.from(MAGIC));
    expect(dv.getUint16(0, true)).toBe(MAGIC_NUMBER);
    expect(MAGIC_NUMBER).toBe(24007);
    expect(file[2]).toBe(13);
    expect(file[3]).toBe(10);
    // The layout of docs/cache-format.md, spelled out here rather than through HEADER_OFFSETS.
    expect(HEADER_OFFSETS).toEqual({ checksum: 4, flags: 12, sourceHash: 16, sourceMtimeNs: 24, sourceSize: 32, compilerBuild: 40, payloadLength: 44 });
    expect(dv.getUint32(12, true)).toBe(3);
    expect(dv.getBigUint64(16, true)).toBe(xxh64(src));
    expect(dv.getBigUint64(24, true)).toBe(1_700_000_123_456_789_012n);
    expect(dv.getBigUint64(32, true)).toBe(6n);
    expect(dv.getUint32(40, true)).toBe(0);
    expect(dv.getUint32(44, true)).toBe(file.length - HEADER_SIZE);
    expect(HEADER_SIZE).toBe(48);
    expect(dv.getBigUint64(4, true)).toBe(xxh64(file.slice(12)));
    const h = readHeader(file);
    expect(h.mode).toBe('checked-hash');
    expect(h.racy).toBe(false);
    expect(describeCode(decodeCacheFile(file).code)).toEqual(describeCode(code));
  });

  it('stores the compiler build id, covered by the checksum', () => {
    const file = encodeCacheFile(makeCode([]), 'checked-hash', 1n, null, 0xdeadbeef);
    expect(readHeader(file).compilerBuild).toBe(0xdeadbeef);
    const b = file.slice();
    b[HEADER_OFFSETS.compilerBuild] ^= 1;
    expect(() => decodeCacheFile(b)).toThrow(/checksum mismatch/);
  });

  it('timestamp mode stores the mtime to the nanosecond, the size and the hash', () => {
    const code = makeCode([]);
    const src = new Uint8Array(5);
    const old = { mtimeNs: 1_700_000_123_456_789_012n, size: 5, atNs: 1_700_000_130_000_000_000n };
    const file = encodeCacheFile(code, 'timestamp', xxh64(src), old);
    const dv = new DataView(file.buffer);
    expect(dv.getUint32(HEADER_OFFSETS.flags, true)).toBe(0);
    expect(dv.getBigUint64(HEADER_OFFSETS.sourceMtimeNs, true)).toBe(1_700_000_123_456_789_012n);
    expect(dv.getBigUint64(HEADER_OFFSETS.sourceSize, true)).toBe(5n);
    const h = readHeader(file);
    expect(h).toMatchObject({ mode: 'timestamp', racy: false, sourceMtimeNs: 1_700_000_123_456_789_012n, sourceSize: 5n, sourceHash: xxh64(src) });
    expect(sameStat(h, old)).toBe(true);
    expect(sameStat(h, { ...old, mtimeNs: old.mtimeNs + 1n })).toBe(false); // one nanosecond later is another mtime
    expect(staleReason(h, () => 0n, old)).toBeNull(); // not racy: the hash is not consulted
    expect(staleReason(h, () => 0n, { ...old, size: 6 })).toBe('stale source (mtime/size changed)');
    expect(staleReason(h, () => 0n, null)).toMatch(/no timestamp/);
  });

  it('a racy timestamp (source younger than 2 s when read, or of unknown age) makes the hash decide', () => {
    const src = new Uint8Array(5);
    const fresh = { mtimeNs: 1_700_000_123_456_789_012n, size: 5, atNs: 1_700_000_124_000_000_000n };
    const file = encodeCacheFile(makeCode([]), 'timestamp', xxh64(src), fresh);
    expect(new DataView(file.buffer).getUint32(HEADER_OFFSETS.flags, true)).toBe(4);
    const h = readHeader(file);
    expect(h.racy).toBe(true);
    expect(staleReason(h, () => xxh64(src), fresh)).toBeNull();
    expect(staleReason(h, () => xxh64(Uint8Array.of(1, 2, 3, 4, 5)), fresh)).toBe('stale source (same mtime and size, hash mismatch)');
    const unknownAge = encodeCacheFile(makeCode([]), 'timestamp', xxh64(src), { mtimeNs: 1n, size: 5 });
    expect(readHeader(unknownAge).racy).toBe(true);
    expect(readHeader(encodeCacheFile(makeCode([]), 'checked-hash', 1n, null)).flags).toBe(7);
  });

  it('flags mirror PEP 552, plus the racy bit', () => {
    expect(flagsForMode('timestamp')).toBe(0);
    expect(flagsForMode('unchecked-hash')).toBe(1);
    expect(flagsForMode('checked-hash')).toBe(3);
    expect(flagsForMode('timestamp', true)).toBe(4);
    expect(flagsForMode('checked-hash', true)).toBe(7);
    expect(modeFromFlags(2)).toBeNull();
    expect(modeFromFlags(6)).toBeNull();
    expect(modeFromFlags(8)).toBeNull();
    expect(modeFromFlags(4)).toBe('timestamp');
    expect(modeFromFlags(5)).toBe('unchecked-hash');
  });

  it('xxhash64 matches the reference vectors', () => {
    expect(xxh64(new Uint8Array(0))).toBe(0xef46db3751d8e999n);
    expect(xxh64(new TextEncoder().encode('a'))).toBe(0xd24ec4f1a98c6e5bn);
  });

  function reason(buf: Uint8Array): string {
    try {
      decodeCacheFile(buf);
      return 'ok';
    } catch (e) {
      expect(e).toBeInstanceOf(CacheFormatError);
      return `${(e as CacheFormatError).kind}: ${(e as Error).message}`;
    }
  }

  it('reports why a file is rejected', () => {
    const file = encodeCacheFile(makeCode([1.0]), 'unchecked-hash', 7n, null);
    expect(reason(file)).toBe('ok');
    expect(reason(new Uint8Array(0))).toMatch(/^corrupt: corrupt: empty file/);
    expect(reason(file.subarray(0, 3))).toMatch(/truncated header/);
    expect(reason(file.subarray(0, 20))).toMatch(/truncated header/);
    expect(reason(file.subarray(0, 47))).toMatch(/truncated header/);
    expect(reason(file.subarray(0, file.length - 1))).toMatch(/truncated payload/);
    expect(reason(Uint8Array.of(...file, 0))).toMatch(/trailing data/);
    const wrongMagic = file.slice();
    wrongMagic[0] ^= 1;
    expect(reason(wrongMagic)).toMatch(/^bad-magic/);
    const badFlags = file.slice();
    badFlags[HEADER_OFFSETS.flags] = 2;
    expect(reason(badFlags)).toMatch(/invalid flags/);
    const badSum = file.slice();
    badSum[HEADER_SIZE + 3] ^= 0x40;
    expect(reason(badSum)).toMatch(/checksum mismatch/);
    expect(reason(new Uint8Array(64))).toMatch(/^bad-magic/);
  });

  it('detects every single-bit flip of a small cache file ', () => {
    const code = makeCode([1n, 2.5, 'abc', new ConstTuple([null])]);
    const file = encodeCacheFile(code, 'checked-hash', 0x1234n, { mtimeNs: 5n, size: 9, atNs: 10_000_000_000n });
    for (let i = 0; i < file.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const b = file.slice();
        b[i] ^= 1 << bit;
        let outcome: unknown;
        try {
          outcome = describeCode(decodeCacheFile(b).code);
        } catch (e) {
          outcome = e;
        }
        expect(outcome, `byte ${i} bit ${bit}`).toBeInstanceOf(CacheFormatError);
      }
    }
  });

  it('survives random garbage payloads with a valid checksum without crashing', () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 500; n++) {
      const payload = Uint8Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 256));
      if (n % 3 === 0) payload[0] = 0xd4; // start like an ext
      if (n % 3 === 1) payload[1] = 1;
      const file = new Uint8Array(HEADER_SIZE + payload.length);
      const dv = new DataView(file.buffer);
      file.set(MAGIC);
      dv.setUint32(HEADER_OFFSETS.flags, 1, true);
      dv.setUint32(HEADER_OFFSETS.payloadLength, payload.length, true);
      file.set(payload, HEADER_SIZE);
      dv.setBigUint64(HEADER_OFFSETS.checksum, xxh64(file.slice(CHECKSUM_START)), true);
      try {
        const r = decodeCacheFile(file);
        expect(r.code).toBeInstanceOf(CodeObject);
      } catch (e) {
        expect(e).toBeInstanceOf(CacheFormatError);
      }
    }
  });
});

describe('payload reader', () => {
  it('reads every mutation of a real payload either as a code object or as CacheFormatError, never a JS error', () => {
    const inner = makeCode(['doc', 1n, 2.5, new ConstTuple(['t', 3n, null]), Uint8Array.of(1, 2)], {
      co_name: 'f',
      co_qualname: 'f',
      co_names: ['len', 'x\ud800'],
      co_localsplusnames: ['a', 'b'],
      co_localspluskinds: Uint8Array.of(0x20, 0x60),
      co_argcount: 1,
    });
    const good = encodePayload(makeCode([inner, 'hello', 70000n, 2n ** 70n, new ConstFrozenSet(['s']), ELLIPSIS]), [
      { category: 'SyntaxWarning', message: 'm', lineno: 3 },
    ]);
    for (let i = 0; i < good.length; i++) {
      for (const v of [0x00, 0x01, 0x7f, 0x90, 0x9f, 0xc0, 0xc4, 0xc6, 0xc9, 0xd4, 0xd8, 0xdb, 0xdd, 0xff, good[i] ^ 0x01]) {
        const bad = good.slice();
        bad[i] = v;
        try {
          expect(decodePayload(bad)).toBeInstanceOf(CodeObject);
        } catch (e) {
          if (!(e instanceof CacheFormatError)) throw new Error(`byte ${i} = 0x${v.toString(16)}: ${String(e)}`);
        }
      }
    }
  });

  it('rejects constants nested deeper than a compiler makes them, without exhausting the stack', () => {
    const table = [0xd4, EXT_NAMES, 0, 0xa3, 0x6d, 0, 0x66];
    const body = [0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 6, 0, 0, 151, 0, 100, 0, 83, 0];
    const nested = (depth: number) => [...Array.from({ length: depth }, () => [0x91, 0xd4, EXT_TUPLE, 0]).flat(), 0x90];
    const payload = (depth: number) => Uint8Array.from([0x93, ...table, 0xd4, 1, 0, 0x92, 0xc4, body.length, ...body, ...nested(depth), 0x90]);
    expect(decodePayload(payload(100)).co_consts[0]).toBeInstanceOf(ConstTuple);
    expect(() => decodePayload(payload(200000))).toThrow(/nested too deeply/);
  });
});
