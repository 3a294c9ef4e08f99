import { describe, expect, it } from 'vitest';
import { OPCODES, OPMAP, HAVE_ARGUMENT, NB_OPS, CMP_OP } from '../../src/bytecode/opcodes.js';

// Facts recorded from CPython 3.11's opcode module (scripts/gen_opcodes.py is the generator).
describe('opcode table', () => {
  it('has CPython 3.11 numbers for representative opcodes', () => {
    expect(OPMAP.CACHE).toBe(0);
    expect(OPMAP.POP_TOP).toBe(1);
    expect(OPMAP.RESUME).toBe(151);
    expect(OPMAP.LOAD_FAST).toBe(124);
    expect(OPMAP.BINARY_OP).toBe(122);
    expect(OPMAP.PRECALL).toBe(166);
    expect(OPMAP.CALL).toBe(171);
    expect(OPMAP.LOAD_FAST__LOAD_FAST).toBe(46);
    expect(OPMAP.BINARY_OP_ADD_INT).toBe(5);
    expect(HAVE_ARGUMENT).toBe(90);
  });
  it('records inline cache units and jump kinds', () => {
    expect(OPCODES[OPMAP.LOAD_GLOBAL]!.cache).toBe(5);
    expect(OPCODES[OPMAP.BINARY_OP]!.cache).toBe(1);
    expect(OPCODES[OPMAP.CALL]!.cache).toBe(4);
    expect(OPCODES[OPMAP.JUMP_BACKWARD]!.jump).toBe('backward');
    expect(OPCODES[OPMAP.FOR_ITER]!.jump).toBe('forward');
    expect(OPCODES[OPMAP.LOAD_GLOBAL_BUILTIN]!.deopt).toBe(OPMAP.LOAD_GLOBAL);
  });
  it('lists BINARY_OP and COMPARE_OP argument meanings', () => {
    expect(NB_OPS[0]).toEqual(['NB_ADD', '+']);
    expect(NB_OPS[13]).toEqual(['NB_INPLACE_ADD', '+=']);
    expect(CMP_OP).toEqual(['<', '<=', '==', '!=', '>', '>=']);
  });
});
