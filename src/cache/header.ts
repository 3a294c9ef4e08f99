/**
 * The fixed header of a cache file: magic number, flags, source stamp,
 * compiler build, payload length and checksum. Kept apart from the payload
 * codec (format.ts, which re-exports all of this) so that the up-to-date
 * check of `tspy compile` and other header-only readers load neither the
 * payload codec nor the bytecode modules.
 *
 * Layout (all integers little-endian, like CPython's .pyc header, PEP 552;
 * the offsets are HEADER_OFFSETS):
 *
 *   offset size field
 *        0    4 magic            u16 MAGIC_NUMBER, then b'\r\n' (catches text-mode mangling)
 *        4    8 checksum         xxHash64 (seed 0) of every byte after it (offset 12 to the end), u64
 *       12    4 flags            u32: bit 0 hash-based, bit 1 check-source (PEP 552),
 *                                bit 2 racy stat (the mtime may not tell a later edit); other bits must be 0
 *       16    8 source hash      xxHash64 (seed 0) of the source bytes, u64
 *       24    8 source mtime     source st_mtime_ns, u64 (0: unknown)
 *       32    8 source size      source st_size in bytes, u64
 *       40    4 compiler build   u32 id of the compiler build that wrote the file (0: unknown, not checked)
 *       44    4 payload length   u32, bytes after the header; the file is exactly 48 + length bytes
 *       48    … payload          msgpack encoding of the module's CodeObject tree
 *
 * Every mode records all three parts of the source stamp; which of them decide
 * is the mode's business (`staleReason`: timestamp → mtime and size, plus the
 * hash when racy; checked-hash → the hash; unchecked-hash → nothing). In hash
 * modes the stat only lets `tspy compile` skip re-hashing an unchanged source
 * (uptodate.ts). The checksum comes right after the magic so that what it
 * covers is one contiguous range, hashed in a single call.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { xxh64 } from './hash.js';

/** `sys.implementation.cache_tag`: cache files are `<stem>.tspy-311.pyc`. */
export const CACHE_TAG = 'tspy-311';

/**
 * Version of the cache format *and* of the bytecode the compiler emits. Bump it
 * whenever the header, the payload encoding, the instruction set or the
 * compiler's output conventions change: every existing cache file then fails
 * the magic check and is recompiled (CPython bumps MAGIC_NUMBER the same way,
 * Lib/importlib/_bootstrap_external.py).
 *
 * 3: 48-byte header with the source hash in every mode and nanosecond mtime +
 * 64-bit size + racy bit in every mode (was: 32 bytes, mtime in whole seconds); small ints
 * as plain msgpack integers.
 * 4: the payload is [name table, code]: name fields are indices into a table
 * holding each distinct name of the module once.
 * 5: a code object is [info bin, co_code, co_consts, co_linetable,
 * co_exceptiontable]: its scalar and name fields are varints in one bin.
 * 6: the checksum moves to offset 4 and covers bytes 12.. (one contiguous
 * range); a code object is [body bin, co_consts], the body holding the info
 * varints, co_localspluskinds, co_code, co_linetable and co_exceptiontable.
 * 7: the name table is one str, the names joined by U+0000 (an array of str
 * only when a name holds U+0000 or a lone surrogate), and holds the code
 * objects' top-level str constants too, which the body lists by co_consts index.
 */
export const FORMAT_VERSION = 7;

/** The 16-bit magic number: far above CPython's (3495 for 3.11) so the two can never be confused. */
export const MAGIC_NUMBER = 24000 + FORMAT_VERSION;

/** The four magic bytes at offset 0. */
export const MAGIC: Uint8Array = Uint8Array.of(MAGIC_NUMBER & 0xff, MAGIC_NUMBER >>> 8, 0x0d, 0x0a);

/** Size of the fixed header in bytes. */
export const HEADER_SIZE = 48;

/** Byte offset of each header field after the magic (see the layout above). */
export const HEADER_OFFSETS = {
  checksum: 4,
  flags: 12,
  sourceHash: 16,
  sourceMtimeNs: 24,
  sourceSize: 32,
  compilerBuild: 40,
  payloadLength: 44,
} as const;

/** The checksum covers the file from here to its end: every field after the checksum, then the payload. */
export const CHECKSUM_START = HEADER_OFFSETS.flags;

/** PEP 552 flag bits, and tspy's racy-timestamp bit. */
export const FLAG_HASH_BASED = 0b001;
export const FLAG_CHECK_SOURCE = 0b010;
/**
 * When the source was read, its mtime was less than `RACY_WINDOW_NS` old (or
 * unknown), so a later edit may have kept the same mtime (and size): the
 * recorded stat cannot vouch for the source, only the hash can.
 */
export const FLAG_RACY = 0b100;

/**
 * How recent (ns) a source's mtime may be at compile time before its timestamp
 * stops being trusted on its own: 2 s, the coarsest common file-system
 * granularity (FAT; ext3 and HFS+ have 1 s; ext4 stamps from a coarse clock).
 */
export const RACY_WINDOW_NS = 2_000_000_000n;

/** How a cache file is validated against its source (PEP 552 / `py_compile.PycInvalidationMode`). */
export type InvalidationMode = 'timestamp' | 'checked-hash' | 'unchecked-hash';

/** The flags word for an invalidation mode, with FLAG_RACY when `racy`. */
export function flagsForMode(mode: InvalidationMode, racy = false): number {
  const r = racy ? FLAG_RACY : 0;
  switch (mode) {
    case 'timestamp':
      return r;
    case 'checked-hash':
      return FLAG_HASH_BASED | FLAG_CHECK_SOURCE | r;
    case 'unchecked-hash':
      return FLAG_HASH_BASED | r;
  }
}

/** The invalidation mode a flags word denotes (FLAG_RACY aside), or null for an invalid word (unknown bits, check-source without hash-based). */
export function modeFromFlags(flags: number): InvalidationMode | null {
  switch (flags & ~FLAG_RACY) {
    case 0:
      return 'timestamp';
    case FLAG_HASH_BASED | FLAG_CHECK_SOURCE:
      return 'checked-hash';
    case FLAG_HASH_BASED:
      return 'unchecked-hash';
    default:
      return null;
  }
}

/**
 * What a source file looked like when it was stat'ed: `fs.statSync(p, { bigint: true })`'s
 * `mtimeNs` and `size`, plus `atNs`, the wall-clock time (ns since the epoch)
 * taken after that stat and before the file was read. Without `atNs` the
 * timestamp is treated as racy (see FLAG_RACY).
 */
export interface SourceStat {
  mtimeNs: bigint;
  size: number | bigint;
  atNs?: bigint;
}

/**
 * Stat a source file for the cache: call it *before* reading the file, so
 * that the recorded mtime is never newer than the bytes compiled (an edit in
 * between then only costs a recompile). Throws the fs error.
 */
export function statSource(file: string): SourceStat {
  const st = fs.statSync(file, { bigint: true });
  return { mtimeNs: st.mtimeNs, size: st.size, atNs: BigInt(Date.now()) * 1_000_000n };
}

/** Is a timestamp too recent, at the time it was taken, to rule out a later same-mtime edit? */
export function isRacy(stat: SourceStat): boolean {
  return stat.atNs === undefined || stat.atNs - stat.mtimeNs < RACY_WINDOW_NS;
}

/** The decoded fixed header. */
export interface CacheHeader {
  magicNumber: number;
  flags: number;
  mode: InvalidationMode;
  /** FLAG_RACY is set: the recorded stat cannot vouch for the source (timestamp mode then checks the hash too). */
  racy: boolean;
  /** xxHash64 of the source bytes. */
  sourceHash: bigint;
  /** The source's st_mtime_ns when it was read (0 when unknown, and then FLAG_RACY is set). */
  sourceMtimeNs: bigint;
  /** The source's size in bytes. */
  sourceSize: bigint;
  /** Id of the compiler build that wrote the file (0 when unknown). */
  compilerBuild: number;
  payloadLength: number;
  checksum: bigint;
}

/** Why a cache file was rejected. `kind` groups reasons for `-v` and tests; `message` is the human-readable reason. */
export type CacheRejectKind = 'missing' | 'stale' | 'bad-magic' | 'corrupt' | 'unreadable';

/** A cache file that cannot be used; thrown by the decoders, caught by pycache.ts (which then recompiles). */
export class CacheFormatError extends Error {
  constructor(public readonly kind: CacheRejectKind, message: string) {
    super(message);
    this.name = 'CacheFormatError';
  }
}

/** Throw CacheFormatError('corrupt', 'corrupt: ' + msg). */
export function corrupt(msg: string): never {
  throw new CacheFormatError('corrupt', `corrupt: ${msg}`);
}

/**
 * Decode and check the fixed header: magic, flags, and that the payload length
 * matches `fileSize` exactly (default: `buf.length`, i.e. `buf` is the whole
 * file; header-only readers pass the file's size from fstat). Does not check
 * the source stamp or the checksum. Throws CacheFormatError ('bad-magic' or 'corrupt').
 */
export function readHeader(buf: Uint8Array, fileSize: number = buf.length): CacheHeader {
  if (fileSize === 0) corrupt('empty file');
  const have = Math.min(buf.length, fileSize);
  if (have < 4) corrupt(`truncated header (${have} bytes)`);
  for (let i = 0; i < 4; i++) {
    if (buf[i] !== MAGIC[i]) {
      const n = buf[0] | (buf[1] << 8);
      throw new CacheFormatError('bad-magic', `bad magic number ${n} (expected ${MAGIC_NUMBER})`);
    }
  }
  if (have < HEADER_SIZE) corrupt(`truncated header (${have} bytes)`);
  const dv = new DataView(buf.buffer, buf.byteOffset, HEADER_SIZE);
  const flags = dv.getUint32(HEADER_OFFSETS.flags, true);
  const mode = modeFromFlags(flags);
  if (mode === null) corrupt(`invalid flags 0x${flags.toString(16)}`);
  const payloadLength = dv.getUint32(HEADER_OFFSETS.payloadLength, true);
  const actual = fileSize - HEADER_SIZE;
  if (actual < payloadLength) corrupt(`truncated payload (${actual} of ${payloadLength} bytes)`);
  if (actual > payloadLength) corrupt(`trailing data (${actual - payloadLength} bytes after the payload)`);
  return {
    magicNumber: MAGIC_NUMBER,
    flags,
    mode,
    racy: (flags & FLAG_RACY) !== 0,
    sourceHash: dv.getBigUint64(HEADER_OFFSETS.sourceHash, true),
    sourceMtimeNs: dv.getBigUint64(HEADER_OFFSETS.sourceMtimeNs, true),
    sourceSize: dv.getBigUint64(HEADER_OFFSETS.sourceSize, true),
    compilerBuild: dv.getUint32(HEADER_OFFSETS.compilerBuild, true),
    payloadLength,
    checksum: dv.getBigUint64(HEADER_OFFSETS.checksum, true),
  };
}

/**
 * Fill in the header of `out` (a whole file: HEADER_SIZE bytes then the
 * payload, already in place), checksum included. `sourceHash` is the
 * xxHash64 of the source; `stat` its statSource() (required in timestamp
 * mode; null elsewhere records an unknown, racy stat).
 */
export function writeHeader(out: Uint8Array, mode: InvalidationMode, sourceHash: bigint, stat: SourceStat | null, compilerBuild = 0): void {
  if (mode === 'timestamp' && !stat) throw new Error('timestamp mode needs the source stat');
  const dv = new DataView(out.buffer, out.byteOffset, HEADER_SIZE);
  out.set(MAGIC, 0);
  dv.setUint32(HEADER_OFFSETS.flags, flagsForMode(mode, !stat || isRacy(stat)), true);
  dv.setBigUint64(HEADER_OFFSETS.sourceHash, BigInt.asUintN(64, sourceHash), true);
  dv.setBigUint64(HEADER_OFFSETS.sourceMtimeNs, stat ? BigInt.asUintN(64, stat.mtimeNs) : 0n, true);
  dv.setBigUint64(HEADER_OFFSETS.sourceSize, stat ? BigInt.asUintN(64, BigInt(stat.size)) : 0n, true);
  dv.setUint32(HEADER_OFFSETS.compilerBuild, compilerBuild >>> 0, true);
  dv.setUint32(HEADER_OFFSETS.payloadLength, out.length - HEADER_SIZE, true);
  dv.setBigUint64(HEADER_OFFSETS.checksum, computeChecksum(out), true);
}

/** Does the header's recorded stat equal `stat` (mtime to the nanosecond, and size)? */
export function sameStat(header: CacheHeader, stat: SourceStat): boolean {
  return BigInt.asUintN(64, stat.mtimeNs) === header.sourceMtimeNs && BigInt(stat.size) === header.sourceSize;
}

/**
 * Does the header's source stamp still describe the source? `hashOf` gives
 * the xxHash64 of the current source bytes, and is called only when needed
 * (hash modes, and racy timestamps); `stat` is the source's current stat
 * (required in timestamp mode). unchecked-hash files always match (PEP 552).
 * Returns null when it matches, else the reason it is stale.
 */
export function staleReason(header: CacheHeader, hashOf: () => bigint, stat: SourceStat | null): string | null {
  switch (header.mode) {
    case 'unchecked-hash':
      return null;
    case 'checked-hash':
      return hashOf() === header.sourceHash ? null : 'stale source (hash mismatch)';
    case 'timestamp':
      if (!stat) return 'stale: source has no timestamp';
      if (!sameStat(header, stat)) return 'stale source (mtime/size changed)';
      // Same mtime and size, but the file was compiled within the timestamp granularity: only the hash can tell.
      if (header.racy && hashOf() !== header.sourceHash) return 'stale source (same mtime and size, hash mismatch)';
      return null;
  }
}

/**
 * The checksum of a complete cache file: it covers the flags, the source
 * stamp, the compiler build and the payload length as well as the payload, so
 * that a damaged header (say checked-hash flipped to unchecked-hash) cannot
 * pass either: xxHash64 of bytes CHECKSUM_START.. in one call.
 */
export function computeChecksum(buf: Uint8Array): bigint {
  return xxh64(buf.subarray(CHECKSUM_START));
}

/** Is the checksum right? (For `tspy cache info`; never throws on a valid header.) */
export function checksumValid(buf: Uint8Array, header: CacheHeader): boolean {
  return computeChecksum(buf) === header.checksum;
}

/** xxHash64 of a source file's bytes (the source hash of the header). */
export function sourceHash(source: Uint8Array): bigint {
  return xxh64(source);
}

/**
 * The cache file for a source file (CPython `importlib.util.cache_from_source`):
 * `dir/__pycache__/<stem>.tspy-311.pyc`, or with a prefix
 * `<prefix>/<absolute dir without its root>/<stem>.tspy-311.pyc`.
 */
export function cachePathFor(sourcePath: string, prefix?: string | null): string {
  const dir = path.dirname(sourcePath);
  const base = path.basename(sourcePath);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const file = `${stem}.${CACHE_TAG}.pyc`;
  if (prefix) {
    const abs = path.resolve(dir);
    const root = path.parse(abs).root;
    return path.join(prefix, abs.slice(root.length), file);
  }
  return path.join(dir, '__pycache__', file);
}
