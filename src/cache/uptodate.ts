/**
 * The up-to-date check of `tspy compile` (compileall's "skip unless -f"),
 * reading only what it needs: the cache file's 48-byte header and size, and
 * the source's stat. The source's bytes are read and hashed only when the
 * stat cannot decide: a changed or racy stat (header.ts FLAG_RACY), or an
 * unchecked-hash file (nothing else will ever check it).
 *
 * In checked-hash mode an unchanged stat (mtime to the nanosecond, and size,
 * recorded when not racy) stands for an unchanged source, as in git's index:
 * if someone rewrote a file and forced its old mtime back, `tspy compile`
 * would keep the cache, and the loader, which checks the hash on every load,
 * would still recompile it. Only timestamp mode bets the load on the stat,
 * as CPython does, and tspy's nanosecond mtime and racy bit make that bet
 * safer than CPython's whole seconds.
 *
 * It does not verify the payload checksum nor decode the payload: those are
 * checked on every load (pycache.ts `validateCache`), where a corrupt file is
 * rejected, recompiled and rewritten, so trusting the header here can cost a
 * recompile later but never run wrong code. CPython's compileall likewise
 * compares only the .pyc header. `-f` rewrites everything.
 *
 * Imports only header.ts and the hasher: a nothing-to-do `tspy compile`
 * loads neither the payload codec, nor the bytecode modules, nor the compiler.
 */
import * as fs from 'node:fs';
import { compilerBuildId } from './compiler_link.js';
import { HEADER_OFFSETS, HEADER_SIZE, cachePathFor, readHeader, sameStat, sourceHash, staleReason, statSource } from './header.js';
import type { InvalidationMode } from './header.js';

const headBuf = new Uint8Array(HEADER_SIZE);
const tailBuf = new Uint8Array(2);

/**
 * Is the cache of `sourcePath` already valid for `mode`? True when the cache
 * file exists with our magic, a valid header for the same mode, a length that
 * matches its size, the current compiler build, and a source stamp that
 * still matches the source (mirroring the loader's checks except the
 * checksum and payload, see above). Never throws.
 */
export function cacheUpToDate(sourcePath: string, mode: InvalidationMode, prefix: string | null = null): boolean {
  let fd = -1;
  try {
    fd = fs.openSync(cachePathFor(sourcePath, prefix), 'r');
    const n = fs.readSync(fd, headBuf, 0, HEADER_SIZE, 0);
    // The file must end exactly after the payload: read across that end (cheaper than an fstat's Stats object).
    const len = n === HEADER_SIZE ? new DataView(headBuf.buffer).getUint32(HEADER_OFFSETS.payloadLength, true) : 0;
    const end = HEADER_SIZE + len;
    const size = n < HEADER_SIZE ? n : end - 1 + fs.readSync(fd, tailBuf, 0, 2, end - 1);
    const header = readHeader(headBuf.subarray(0, n), size);
    if (header.mode !== mode) return false;
    const build = compilerBuildId();
    if (build !== 0 && header.compilerBuild !== 0 && header.compilerBuild !== build) return false;
    const hashOf = () => sourceHash(fs.readFileSync(sourcePath));
    // The loader never checks an unchecked-hash file against its source: this is the only place that does.
    if (mode === 'unchecked-hash') return hashOf() === header.sourceHash;
    const stat = statSource(sourcePath);
    if (mode === 'checked-hash' && !header.racy && sameStat(header, stat)) return true;
    return staleReason(header, hashOf, stat) === null;
  } catch {
    return false;
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}
