/**
 * `__pycache__.example/` must stay true to the current format: every cache
 * file decodes, its checksum holds and its source key matches the source in
 * `src/`. A format change without `node scripts/example-cache.mjs` fails here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE_TAG, MAGIC_NUMBER } from '../../src/cache/format.js';
import { initHasher } from '../../src/cache/hash.js';
import { validateCache } from '../../src/cache/pycache.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../__pycache__.example');

beforeAll(async () => {
  await initHasher();
});

describe('__pycache__.example', () => {
  const files = fs.existsSync(EXAMPLE)
    ? fs.readdirSync(EXAMPLE, { recursive: true }).map(String).filter((f) => f.endsWith(`.${CACHE_TAG}.pyc`))
    : [];

  it('exists, with a README decoding a file of the current format', () => {
    expect(files.length).toBeGreaterThan(0);
    const readme = fs.readFileSync(path.join(EXAMPLE, 'README.md'), 'utf8');
    expect(readme).toContain(`magic number ${MAGIC_NUMBER} `);
  });

  it.each(files)('%s is valid for its source', (f) => {
    const stem = f.slice(0, -`.${CACHE_TAG}.pyc`.length);
    const src = fs.readFileSync(path.join(EXAMPLE, 'src', `${stem}.py`));
    const { code } = validateCache(fs.readFileSync(path.join(EXAMPLE, f)), src, null);
    expect(code.co_name).toBe('<module>');
  });
});
