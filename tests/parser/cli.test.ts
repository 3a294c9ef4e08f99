// The `ast` and `tokenize` commands (called directly; src/cli/main.ts wires them to commander).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { astCommand, type CommandIO } from '../../src/cli/ast.js';
import { tokenizeCommand } from '../../src/cli/tokenize.js';

function capture(fn: (io: CommandIO) => number): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = fn({ out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'tspy-cli-'));
const good = join(dir, 'good.py');
const bad = join(dir, 'bad.py');
writeFileSync(good, 'x = 1\n');
writeFileSync(bad, 'x = (1,\n');


describe('tspy ast', () => {
  it('prints ast.dump', () => {
    const r = capture((io) => astCommand([good], {}, io));
    expect(r).toEqual({ status: 0, out: "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n", err: '' });
  });
  it('--indent and --positions', () => {
    const r = capture((io) => astCommand([good], { indent: '1', positions: true }, io));
    expect(r.out.split('\n')[0]).toBe('Module(');
    expect(r.out).toContain('end_col_offset=1');
  });
  it('reports a syntax error CPython-style with status 1', () => {
    const r = capture((io) => astCommand([bad], {}, io));
    expect(r.status).toBe(1);
    expect(r.err).toBe(`  File "${bad}", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n`);
  });
  it('--jsonl handles many files in one process', () => {
    const r = capture((io) => astCommand([good, bad, good], { jsonl: true }, io));
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].file).toBe(good);
    expect(lines[1]).toEqual({ file: bad, error: { type: 'SyntaxError', msg: "'(' was never closed", lineno: 1, offset: 5 } });
    expect(r.status).toBe(0);
  });
});

describe('tspy tokenize', () => {
  it('prints python -m tokenize output', () => {
    const r = capture((io) => tokenizeCommand(good, false, io));
    expect(r.out).toBe(
      "0,0-0,0:            ENCODING       'utf-8'        \n" +
      "1,0-1,1:            NAME           'x'            \n" +
      "1,2-1,3:            OP             '='            \n" +
      "1,4-1,5:            NUMBER         '1'            \n" +
      "1,5-1,6:            NEWLINE        '\\n'           \n" +
      "2,0-2,0:            ENDMARKER      ''             \n",
    );
  });
  it('-e shows exact operator types', () => {
    expect(capture((io) => tokenizeCommand(good, true, io)).out).toContain("EQUAL          '='");
  });
});
