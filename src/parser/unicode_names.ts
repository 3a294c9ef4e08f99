/**
 * Unicode character names for `\N{...}` escapes. Algorithmic names (CJK
 * ideographs, Hangul syllables) are computed; other names come from the
 * generated table in unicode_names_data.ts (see scripts/gen_unicode_names.py).
 */
import { inflateSync } from 'node:zlib';
import { NAMES_DATA_Z } from './unicode_names_data.js';

let table: Map<string, number> | null = null;

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function build(): Map<string, number> {
  const m = new Map<string, number>();
  // NAMES_DATA: lines "HEXCP NAME" separated by '\n'; names may be delta-encoded as "HEX\tNAME".
  let cp = 0;
  const data = inflateSync(Buffer.from(NAMES_DATA_Z, 'base64')).toString('utf8');
  for (const line of data.split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    cp += parseInt(line.slice(0, tab), 36);
    m.set(line.slice(tab + 1), cp);
  }
  return m;
}

/** The code point named `name` (case-insensitive, as unicodedata.lookup), or undefined. */
export function lookupUnicodeName(name: string): number | undefined {
  const up = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(up);
  if (cjk) return parseInt(cjk[1], 16);
  if (up.startsWith('HANGUL SYLLABLE ')) {
    const rest = up.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        const lv = JAMO_L[l] + JAMO_V[v];
        if (!rest.startsWith(lv)) continue;
        for (let t = 0; t < JAMO_T.length; t++) {
          if (lv + JAMO_T[t] === rest) return 0xac00 + (l * 21 + v) * 28 + t;
        }
      }
    }
  }
  if (!table) table = build();
  return table.get(up);
}
