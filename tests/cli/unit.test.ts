/** Pure pieces of the run command and the importer, without spawning. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunArgs } from '../../src/cli/run.js';
import { findModule } from '../../src/importer/finder.js';

describe('parseRunArgs', () => {
  it('options before the target, everything after it for the program', () => {
    expect(parseRunArgs(['-v', '-B', 'x.py', '-v', '--cache-prefix', 'd'])).toMatchObject({
      verbose: true,
      dontWriteBytecode: true,
      mode: 'file',
      target: 'x.py',
      args: ['-v', '--cache-prefix', 'd'],
    });
    expect(parseRunArgs(['--cache-prefix=/p', '-vB', 'x.pyc'])).toMatchObject({ cachePrefix: '/p', verbose: true, dontWriteBytecode: true, target: 'x.pyc' });
    expect(parseRunArgs(['--cache-prefix', '/p', 'x.py'])).toMatchObject({ cachePrefix: '/p', target: 'x.py' });
  });
  it('-c and -m take the rest', () => {
    expect(parseRunArgs(['-c', 'print(1)', 'a', '-x'])).toMatchObject({ mode: 'command', target: 'print(1)', args: ['a', '-x'] });
    expect(parseRunArgs(['-cprint(2)'])).toMatchObject({ mode: 'command', target: 'print(2)', args: [] });
    expect(parseRunArgs(['-v', '-m', 'pkg.mod', '--flag'])).toMatchObject({ verbose: true, mode: 'module', target: 'pkg.mod', args: ['--flag'] });
    expect(parseRunArgs(['--', '-weird.py'])).toMatchObject({ mode: 'file', target: '-weird.py' });
  });
  it('errors and help', () => {
    expect(parseRunArgs(['-c']).error).toBe('Argument expected for the -c option');
    expect(parseRunArgs(['-z', 'x.py']).error).toBe('Unknown option: -z');
    expect(parseRunArgs(['--cache-prefix']).error).toMatch(/expects a directory/);
    expect(parseRunArgs(['-h']).help).toBe(true);
    expect(parseRunArgs([]).mode).toBeNull();
  });
});

describe('findModule (FileFinder order)', () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'tspy-find-')));
  const mk = (p: string, text = '') => {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  };
  mk('a/both/__init__.py');
  mk('a/both.py');
  mk('a/mod.py');
  mk('a/sourceless.pyc');
  mk('a/nsonly/x.py');
  mk('b/nsonly.py');
  mk('b/ns2/y.py');
  mk('c/ns2/z.py');

  it('finds packages before modules, modules before sourceless files', () => {
    expect(findModule('both', [path.join(dir, 'a')])).toEqual({ kind: 'source', origin: path.join(dir, 'a/both/__init__.py'), searchLocations: [path.join(dir, 'a/both')] });
    expect(findModule('mod', [path.join(dir, 'a')])).toEqual({ kind: 'source', origin: path.join(dir, 'a/mod.py'), searchLocations: null });
    expect(findModule('sourceless', [path.join(dir, 'a')])?.kind).toBe('sourceless');
    expect(findModule('missing', [path.join(dir, 'a')])).toBeNull();
  });
  it('a regular module anywhere on the path beats a namespace portion', () => {
    expect(findModule('nsonly', [path.join(dir, 'a'), path.join(dir, 'b')])?.origin).toBe(path.join(dir, 'b/nsonly.py'));
  });
  it('namespace packages collect every portion', () => {
    expect(findModule('ns2', [path.join(dir, 'b'), path.join(dir, 'c')])).toEqual({
      kind: 'namespace',
      origin: null,
      searchLocations: [path.join(dir, 'b/ns2'), path.join(dir, 'c/ns2')],
    });
  });
});
