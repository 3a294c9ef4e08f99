/**
 * The cache file format: the payload codec, and (through header.ts) the magic
 * number and header layout.
 * This file is the single source of truth for the format; docs/cache-format.md
 * documents it byte by byte and scripts/example-cache.mjs regenerates
 * `__pycache__.example/` from it.
 *
 * The header (magic, flags, source stamp, compiler build, length, checksum)
 * lives in header.ts and is re-exported from here.
 *
 * Payload: a msgpack array of three values, the module's name table (ext NAMES
 * wrapping one str, each distinct name once, joined by U+0000; an array of
 * str when a name holds U+0000 or a lone surrogate), its code object and
 * the warnings compiling it raised (`CachedWarning`),
 * written with tspy extension types (see EXT_*) so that the Python constant
 * types survive exactly. A code object is ext CODE wrapping an array of two
 * values (`CODE_ITEMS`): its body, one bin, and co_consts. The body starts
 * with its scalar and name fields as unsigned LEB128 varints
 * (`CODE_INFO_FIELDS`; the name fields are indices into the name table, which
 * CPython's marshal shares the same way, with refs), then the name lists and
 * the lengths of its byte fields (`CODE_BODY_LENGTHS`), then the bytes of
 * co_localspluskinds, co_code, co_linetable and co_exceptiontable back to
 * back (format 6; format 5 had five msgpack values per code object, format 4
 * sixteen: every value costs a generic reader a call). Ints are
 * plain msgpack integers in the int32 range and ext INT (two's complement,
 * little-endian, any size) beyond it, floats ext FLOAT (IEEE-754 binary64,
 * so 1.0, -0.0, nan and inf stay floats), complex ext COMPLEX, `...` ext
 * ELLIPSIS, tuples/frozensets ext TUPLE/FROZENSET wrapping an array, strings
 * msgpack str (or ext WSTR, UTF-16 code units, when the string holds lone
 * surrogates, which UTF-8 cannot carry; ext CPSTR, u32 code points, for a
 * `ConstSurrogateStr`), bytes msgpack bin, None nil, bools
 * true/false. Decoding validates every field's type and range and throws
 * `CacheFormatError`: a cache file is either exactly what was written or
 * rejected.
 *
 * Top-level str constants of a code object travel in the name table too
 * (nil in the consts array, listed in the body): a module's strings are then
 * one decode and one split, not a decode each (format 7).
 *
 * payload_writer.ts writes the payload (the bytes msgpackr's Packr would
 * write for the same values, faster) and payload_reader.ts reads it, both
 * straight between code objects and bytes; any msgpack reader with the
 * extension types above can read it too.
 */
import { CodeObject } from '../bytecode/code.js';
import type { CodeFields } from '../bytecode/code.js';
import { writePayload } from './payload_writer.js';
import { readPayload } from './payload_reader.js';
import { HEADER_SIZE, computeChecksum, corrupt, readHeader, writeHeader } from './header.js';
import type { CacheHeader, InvalidationMode, SourceStat } from './header.js';

export * from './header.js';

/**
 * Encode a complete cache file: the payload of `code` behind a header for
 * `mode` carrying `sourceHash` (xxHash64 of the source bytes), the source's
 * `stat` (timestamp mode; null allowed otherwise) and the compiler build id.
 */
export function encodeCacheFile(
  code: CodeObject,
  mode: InvalidationMode,
  sourceHash: bigint,
  stat: SourceStat | null,
  compilerBuild = 0,
  warnings: readonly CachedWarning[] = [],
): Uint8Array {
  const out = writePayload(code, warnings, HEADER_SIZE);
  writeHeader(out, mode, sourceHash, stat, compilerBuild);
  return out;
}

/**
 * Decode a complete cache file: header checks, payload checksum, then the
 * payload itself. The source stamp is returned in the header for the caller to
 * compare. Throws CacheFormatError on any inconsistency.
 */
export function decodeCacheFile(buf: Uint8Array): { header: CacheHeader; code: CodeObject; warnings: CachedWarning[] } {
  const header = readHeader(buf);
  if (computeChecksum(buf) !== header.checksum) corrupt('checksum mismatch');
  return { header, ...decodePayloadWithWarnings(buf.subarray(HEADER_SIZE)) };
}

/**
 * A compile-time warning kept in the cache file (the third payload value), so
 * that a program run from its cache can show what compiling it showed
 * (`file:lineno: SyntaxWarning: message`; the file is the code's co_filename).
 */
export interface CachedWarning {
  category: 'SyntaxWarning';
  message: string;
  lineno: number;
}

/** The warning categories a cache file may name. */
const WARNING_CATEGORIES: ReadonlySet<string> = new Set(['SyntaxWarning']);

// ---------------------------------------------------------------------------
// Payload codec (payload_writer.ts writes, payload_reader.ts reads)
// ---------------------------------------------------------------------------

/** msgpack extension type codes of the payload (defined beside the writer). 1..10: none collides with msgpackr's built-in extensions. */
export { EXT_CODE, EXT_TUPLE, EXT_FROZENSET, EXT_FLOAT, EXT_COMPLEX, EXT_INT, EXT_ELLIPSIS, EXT_WSTR, EXT_CPSTR, EXT_NAMES } from './payload_writer.js';

/** The two values inside ext CODE, in order. */
export const CODE_ITEMS = ['body', 'co_consts'] as const;

/**
 * The first varints of a code object's body bin, in order: its scalar fields,
 * then its name fields as name-table indices. After them come the name-index
 * lists, each as a count and that many indices (co_names, then
 * co_localsplusnames), then the top-level str constants kept in the name
 * table (a count, then as many pairs: the co_consts index, whose item in the
 * consts array is nil, and the name-table index), then the varints of CODE_BODY_LENGTHS, then the raw
 * bytes: co_localspluskinds (one byte per co_localsplusnames entry) and the
 * fields of CODE_BODY_LENGTHS in that order, and nothing else.
 */
export const CODE_INFO_FIELDS = [
  'co_argcount',
  'co_posonlyargcount',
  'co_kwonlyargcount',
  'co_stacksize',
  'co_flags',
  'co_firstlineno',
  'co_filename',
  'co_name',
  'co_qualname',
] as const satisfies readonly (keyof CodeFields)[];

/** The byte fields stored at the end of a code object's body, each preceded (among the varints) by its length. */
export const CODE_BODY_LENGTHS = ['co_code', 'co_linetable', 'co_exceptiontable'] as const satisfies readonly (keyof CodeFields)[];

/**
 * Encode a module's code object tree as the payload bytes: [ext NAMES, ext
 * CODE, warnings], the warnings an array of [category, message, lineno]
 * (payload_writer.ts).
 */
export function encodePayload(code: CodeObject, warnings: readonly CachedWarning[] = []): Uint8Array {
  return writePayload(code, warnings, 0);
}

/**
 * Decode payload bytes into a code object, validating every field. Throws
 * CacheFormatError. The bytes fields of the result (co_code, co_linetable,
 * ...) and bytes constants are views of `payload`, not copies: the caller
 * hands the payload over and must not modify it afterwards (the loader's
 * buffers come fresh from readFileSync).
 */
export function decodePayload(payload: Uint8Array): CodeObject {
  return decodePayloadWithWarnings(payload).code;
}

/** decodePayload, with the payload's compile-time warnings. Throws CacheFormatError. */
export function decodePayloadWithWarnings(payload: Uint8Array): { code: CodeObject; warnings: CachedWarning[] } {
  const { code, warnings } = readPayload(payload);
  for (const w of warnings) if (!WARNING_CATEGORIES.has(w.category)) corrupt('unknown warning category');
  return { code, warnings: warnings as CachedWarning[] };
}
