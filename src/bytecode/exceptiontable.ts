/**
 * CPython 3.11's exception table (Objects/exception_handling_notes.txt):
 * entries (start, length, target, depth<<1 | lasti), each a big-endian varint
 * of 6-bit groups with bit 6 as "more follows"; bit 7 marks an entry's first byte.
 * All positions are in code units (2-byte instructions incl. CACHE units).
 */

/** One decoded entry: instructions in [start, end) jump to `target` with the stack cut to `depth`; `lasti` pushes the offending instruction's offset. */
export interface ExceptionTableEntry { start: number; end: number; target: number; depth: number; lasti: boolean; }

function writeItem(out: number[], value: number, msb: number): void {
  if (value >= 1 << 24) { out.push((value >> 24) | 64 | msb); msb = 0; }
  if (value >= 1 << 18) { out.push(((value >> 18) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 12) { out.push(((value >> 12) & 0x3f) | 64 | msb); msb = 0; }
  if (value >= 1 << 6) { out.push(((value >> 6) & 0x3f) | 64 | msb); msb = 0; }
  out.push((value & 0x3f) | msb);
}

/**
 * Append one entry's bytes to `out` (compile.c's assemble_emit_exception_table_entry):
 * instructions in code units [start, end) go to `target` with the stack cut to `depth`.
 */
export function writeExceptionTableEntry(out: number[], start: number, end: number, target: number, depth: number, lasti: boolean): void {
  writeItem(out, start, 128);
  writeItem(out, end - start, 0);
  writeItem(out, target, 0);
  writeItem(out, (depth << 1) | (lasti ? 1 : 0), 0);
}

/** Encode entries (as compile.c's assemble_emit_exception_table_entry). */
export function encodeExceptionTable(entries: ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) writeExceptionTableEntry(out, e.start, e.end, e.target, e.depth, e.lasti);
  return Uint8Array.from(out);
}

/** Decode a `co_exceptiontable` (as dis._parse_exception_table). Throws on truncated input. */
export function parseExceptionTable(bytes: Uint8Array): ExceptionTableEntry[] {
  const res: ExceptionTableEntry[] = [];
  let pos = 0;
  const read = (): number => {
    if (pos >= bytes.length) throw new Error('truncated exception table');
    let b = bytes[pos++];
    let val = b & 63;
    while (b & 64) {
      if (pos >= bytes.length) throw new Error('truncated exception table');
      b = bytes[pos++];
      val = (val << 6) | (b & 63);
    }
    return val;
  };
  while (pos < bytes.length) {
    const start = read();
    const length = read();
    const target = read();
    const dl = read();
    res.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return res;
}

/** Find the handler for the instruction at code unit `unit`, or null (the VM's lookup). */
export function findHandler(entries: ExceptionTableEntry[], unit: number): ExceptionTableEntry | null {
  let lo = 0, hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid];
    if (unit < e.start) hi = mid - 1;
    else if (unit >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}
