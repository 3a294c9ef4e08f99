import { describe } from 'vitest';
import { NB } from '../../src/bytecode/opcodes.js';
import { binaryOp, richCompare, getItem, setItem, delItem, len, contains, iterToArray, hash, repr, getIter, iterNext } from '../../src/runtime/abstract.js';
import { ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, None, PyBuiltinFunction, PyObject } from '../../src/runtime/object.js';
import { PySlice } from '../../src/runtime/slice.js';
import { PyList } from '../../src/runtime/list.js';
import { runCases, t, l, d, s, f, m, mk, mkKw, callSpecialKw, type Case } from './harness.js';

const c = (e: string, fn: () => any): Case => [e, fn];
const sl = (a: any, z: any, st: any = None) => new PySlice(a, z, st);
const kw = (o: any, name: string, args: any[], names: string[]) => callSpecialKw(o, name, args, names);
/** run statements on a fresh value and return it (for mutation tests) */
const after = (v: any, fn: (v: any) => void) => () => {
  fn(v);
  return v;
};
const neg = new PyBuiltinFunction('neg', (a) => binaryOp(0, a[0], NB.SUBTRACT));
const lenf = new PyBuiltinFunction('len', (a) => len(a[0]));
const fs = (...items: any[]) => mk(FrozenSetType, l(...items));
const rng = (...a: any[]) => mk(RangeType, ...a);

describe('list', () => {
  runCases('containers', [
    c('[1, 2] + [3]', () => binaryOp(l(1, 2), l(3), NB.ADD)),
    c('[1, 2] + (3,)', () => binaryOp(l(1, 2), t(3), NB.ADD)),
    c('[1, 2] * 2', () => binaryOp(l(1, 2), 2, NB.MULTIPLY)),
    c('[0] * -1', () => binaryOp(l(0), -1, NB.MULTIPLY)),
    c('[1, 2, 3][-1]', () => getItem(l(1, 2, 3), -1)),
    c('[1, 2, 3][3]', () => getItem(l(1, 2, 3), 3)),
    c("[1, 2, 3]['a']", () => getItem(l(1, 2, 3), 'a')),
    c('[1, 2, 3, 4, 5][::-2]', () => getItem(l(1, 2, 3, 4, 5), sl(None, None, -2))),
    c('[1, 2, 3, 4, 5][1:-1]', () => getItem(l(1, 2, 3, 4, 5), sl(1, -1))),
    c('[1, 2, 3, 4, 5][10:]', () => getItem(l(1, 2, 3, 4, 5), sl(10, None))),
    c('[1, 2, 3][::0]', () => getItem(l(1, 2, 3), sl(None, None, 0))),
    c('[1, 2] < [1, 2, 0]', () => richCompare(l(1, 2), l(1, 2, 0), 0)),
    c('[1, 3] > [1, 2, 9]', () => richCompare(l(1, 3), l(1, 2, 9), 4)),
    c('[1, 2] == [1, 2]', () => richCompare(l(1, 2), l(1, 2), 2)),
    c("[1, 'a'] < [1, 2]", () => richCompare(l(1, 'a'), l(1, 2), 0)),
    c('[1, 2] == (1, 2)', () => richCompare(l(1, 2), t(1, 2), 2)),
    c('2 in [1, 2.0]', () => contains(l(1, f(2)), 2)),
    c('[[1], (2,), "s", None, True, 1.5]', () => l(l(1), t(2), 's', None, true, f(1.5))),
    c('(lambda x: (x.append(x), x)[1])([])', () => {
      const x = l();
      x.items.push(x);
      return x;
    }),
    c('(lambda x: (x.append(4), x)[1])([1])', after(l(1), (x) => m(x, 'append', 4))),
    c('(lambda x: (x.extend(range(3)), x)[1])([9])', after(l(9), (x) => m(x, 'extend', rng(3)))),
    c('(lambda x: (x.insert(-10, 0), x)[1])([1, 2])', after(l(1, 2), (x) => m(x, 'insert', -10, 0))),
    c('(lambda x: (x.insert(10, 0), x)[1])([1, 2])', after(l(1, 2), (x) => m(x, 'insert', 10, 0))),
    c('[1, 2, 3].pop()', () => m(l(1, 2, 3), 'pop')),
    c('[1, 2, 3].pop(0)', () => m(l(1, 2, 3), 'pop', 0)),
    c('[].pop()', () => m(l(), 'pop')),
    c('[1].pop(5)', () => m(l(1), 'pop', 5)),
    c('[1, 2].remove(3)', () => m(l(1, 2), 'remove', 3)),
    c('[1, 2, 1].index(1, 1)', () => m(l(1, 2, 1), 'index', 1, 1)),
    c('[1, 2].index(3)', () => m(l(1, 2), 'index', 3)),
    c("['a'].index('b')", () => m(l('a'), 'index', 'b')),
    c('[1, 1, 2].count(1)', () => m(l(1, 1, 2), 'count', 1)),
    c('sorted([3, 1, 2])', after(l(3, 1, 2), (x) => m(x, 'sort'))),
    c("sorted(['b', 'a', 'C'])", after(l('b', 'a', 'C'), (x) => m(x, 'sort'))),
    c('sorted([3, 1.5, 2, -1])', after(l(3, f(1.5), 2, -1), (x) => m(x, 'sort'))),
    c('sorted([3, 1, 2], reverse=True)', after(l(3, 1, 2), (x) => kw(x, 'sort', [true], ['reverse']))),
    c('sorted([(1, "b"), (0, "z"), (1, "a")])', after(l(t(1, 'b'), t(0, 'z'), t(1, 'a')), (x) => m(x, 'sort'))),
    c("sorted([1, 'a'])", after(l(1, 'a'), (x) => m(x, 'sort'))),
    c('sorted([1, -3, 2, 3, -1], key=lambda v: -v)', after(l(1, -3, 2, 3, -1), (x) => kw(x, 'sort', [neg], ['key']))),
    c("sorted(['bb', 'a', 'cc', 'd'], key=len)", after(l('bb', 'a', 'cc', 'd'), (x) => kw(x, 'sort', [lenf], ['key']))),
    c("sorted(['bb', 'a', 'cc', 'd'], key=len, reverse=True)", after(l('bb', 'a', 'cc', 'd'), (x) => kw(x, 'sort', [lenf, true], ['key', 'reverse']))),
    c('sorted(list(range(40, 0, -1)) + [5, 5])', after(new PyList([...Array.from({ length: 40 }, (_, i) => 40 - i), 5, 5]), (x) => m(x, 'sort'))),
    c('(lambda x: (x.reverse(), x)[1])([1, 2, 3])', after(l(1, 2, 3), (x) => m(x, 'reverse'))),
    c('(lambda x: (x.__setitem__(slice(1, 2), [7, 8, 9]), x)[1])([1, 2, 3])', after(l(1, 2, 3), (x) => setItem(x, sl(1, 2), l(7, 8, 9)))),
    c('(lambda x: (x.__setitem__(slice(None, None, 2), [7, 8]), x)[1])([1, 2, 3])', after(l(1, 2, 3), (x) => setItem(x, sl(None, None, 2), l(7, 8)))),
    c('(lambda x: (x.__setitem__(slice(None, None, 2), [7]), x)[1])([1, 2, 3])', after(l(1, 2, 3), (x) => setItem(x, sl(None, None, 2), l(7)))),
    c('(lambda x: (x.__setitem__(slice(0, 0), x), x)[1])([1, 2])', after(l(1, 2), (x) => setItem(x, sl(0, 0), x))),
    c('(lambda x: (x.__setitem__(slice(0, 1), 5), x)[1])([1, 2])', after(l(1, 2), (x) => setItem(x, sl(0, 1), 5))),
    c('(lambda x: (x.__delitem__(slice(None, None, 2)), x)[1])([1, 2, 3, 4, 5])', after(l(1, 2, 3, 4, 5), (x) => delItem(x, sl(None, None, 2)))),
    c('(lambda x: (x.__delitem__(-1), x)[1])([1, 2])', after(l(1, 2), (x) => delItem(x, -1))),
    c('(lambda x: (x.__delitem__(5), x)[1])([1, 2])', after(l(1, 2), (x) => delItem(x, 5))),
    c('(lambda x: (x.__setitem__(5, 0), x)[1])([1, 2])', after(l(1, 2), (x) => setItem(x, 5, 0))),
    c('(lambda x: (x.__iadd__((3, 4)), x)[1])([1])', after(l(1), (x) => binaryOp(x, t(3, 4), NB.INPLACE_ADD))),
    c('(lambda x: (x.__imul__(3), x)[1])([1])', after(l(1), (x) => binaryOp(x, 3, NB.INPLACE_MULTIPLY))),
    c("list('abc')", () => mk(ListType, 'abc')),
    c('list(range(3))', () => mk(ListType, rng(3))),
    c('list(1)', () => mk(ListType, 1)),
    c('list()', () => mk(ListType)),
    c('hash([])', () => hash(l())),
    c('[1,2].copy()', () => m(l(1, 2), 'copy')),
    c('list(reversed([1, 2, 3]))', () => mk(ListType, m(l(1, 2, 3), '__reversed__'))),
  ]);
});

describe('tuple', () => {
  runCases('containers', [
    c('(1,)', () => t(1)),
    c('()', () => t()),
    c('(1, (2, 3), [4])', () => t(1, t(2, 3), l(4))),
    c('(1, 2) + (3,)', () => binaryOp(t(1, 2), t(3), NB.ADD)),
    c('(1, 2) + [3]', () => binaryOp(t(1, 2), l(3), NB.ADD)),
    c('(1, 2) * 3', () => binaryOp(t(1, 2), 3, NB.MULTIPLY)),
    c('(1, 2, 3)[1:]', () => getItem(t(1, 2, 3), sl(1, None))),
    c('(1, 2, 3)[5]', () => getItem(t(1, 2, 3), 5)),
    c('(1, 2) < (1, 3)', () => richCompare(t(1, 2), t(1, 3), 0)),
    c('(1, 2) <= (1, 2)', () => richCompare(t(1, 2), t(1, 2), 1)),
    c('(1, 2) > (1,)', () => richCompare(t(1, 2), t(1), 4)),
    c('hash((1, 2))', () => hash(t(1, 2))),
    c('hash(())', () => hash(t())),
    c('hash((1,))', () => hash(t(1))),
    c('hash((-1, 2**70, "".__class__ is str))', () => hash(t(-1, 2n ** 70n, true))),
    c('hash((1, (2, 3), 4.5))', () => hash(t(1, t(2, 3), f(4.5)))),
    c('hash((1, [2]))', () => hash(t(1, l(2)))),
    c('hash(((),))', () => hash(t(t()))),
    c('(1, 2, 1).count(1)', () => m(t(1, 2, 1), 'count', 1)),
    c('(1, 2, 1).index(2)', () => m(t(1, 2, 1), 'index', 2)),
    c('(1, 2).index(5)', () => m(t(1, 2), 'index', 5)),
    c("tuple('ab')", () => mk(TupleType, 'ab')),
    c('tuple([1, 2])', () => mk(TupleType, l(1, 2))),
    c('tuple()', () => mk(TupleType)),
    c('1 in (1, 2)', () => contains(t(1, 2), 1)),
    c('len((1, 2, 3))', () => len(t(1, 2, 3))),
  ]);
});

describe('dict', () => {
  runCases('containers', [
    c("{'a': 1, 'b': [1, 2]}", () => d(['a', 1], ['b', l(1, 2)])),
    c('{}', () => d()),
    c('{1: "a", 1.0: "b", True: "c"}', () => d([1, 'a'], [f(1), 'b'], [true, 'c'])),
    c('{(1, 2): 3}[(1, 2)]', () => getItem(d([t(1, 2), 3]), t(1, 2))),
    c('{2**70: 1}[2.0**70]', () => getItem(d([2n ** 70n, 1]), f(2 ** 70))),
    c("{'a': 1}['b']", () => getItem(d(['a', 1]), 'b')),
    c("{'a': 1}[(1, 2)]", () => getItem(d(['a', 1]), t(1, 2))),
    c('{[1]: 2}', () => d([l(1), 2])),
    c("{'a': 1}.get('b')", () => m(d(['a', 1]), 'get', 'b')),
    c("{'a': 1}.get('b', 5)", () => m(d(['a', 1]), 'get', 'b', 5)),
    c("{'a': 1}.setdefault('b', 2)", () => m(d(['a', 1]), 'setdefault', 'b', 2)),
    c("(lambda x: (x.setdefault('b', []).append(1), x)[1])({'a': 1})", after(d(['a', 1]), (x) => m(m(x, 'setdefault', 'b', l()), 'append', 1))),
    c("{'a': 1}.pop('a')", () => m(d(['a', 1]), 'pop', 'a')),
    c("{'a': 1}.pop('b')", () => m(d(['a', 1]), 'pop', 'b')),
    c("{'a': 1}.pop('b', None)", () => m(d(['a', 1]), 'pop', 'b', None)),
    c("{'a': 1, 'b': 2}.popitem()", () => m(d(['a', 1], ['b', 2]), 'popitem')),
    c('{}.popitem()', () => m(d(), 'popitem')),
    c("{'a': 1, 'b': 2}.keys()", () => m(d(['a', 1], ['b', 2]), 'keys')),
    c("{'a': 1, 'b': 2}.values()", () => m(d(['a', 1], ['b', 2]), 'values')),
    c("{'a': 1, 'b': 2}.items()", () => m(d(['a', 1], ['b', 2]), 'items')),
    c("list(reversed({'a': 1, 'b': 2}))", () => mk(ListType, m(d(['a', 1], ['b', 2]), '__reversed__'))),
    c("list(reversed({'a': 1, 'b': 2}.items()))", () => mk(ListType, m(m(d(['a', 1], ['b', 2]), 'items'), '__reversed__'))),
    c("{1: 1, 2: 2}.keys() & {2, 3}", () => binaryOp(m(d([1, 1], [2, 2]), 'keys'), s(2, 3), NB.AND)),
    c("{1: 1, 2: 2}.keys() | [3]", () => binaryOp(m(d([1, 1], [2, 2]), 'keys'), l(3), NB.OR)),
    c("{1: 1, 2: 2}.keys() - {1}", () => binaryOp(m(d([1, 1], [2, 2]), 'keys'), s(1), NB.SUBTRACT)),
    c("{1: 1}.keys() == {1}", () => richCompare(m(d([1, 1]), 'keys'), s(1), 2)),
    c("(1, 1) in {1: 1}.items()", () => contains(m(d([1, 1]), 'items'), t(1, 1))),
    c("2 in {1: 2}.values()", () => contains(m(d([1, 2]), 'values'), 2)),
    c("len({1: 2}.values())", () => len(m(d([1, 2]), 'values'))),
    c("(lambda x: (x.update({'b': 2}, c=3), x)[1])({'a': 1})", after(d(['a', 1]), (x) => kw(x, 'update', [d(['b', 2]), 3], ['c']))),
    c("(lambda x: (x.update([('b', 2)]), x)[1])({'a': 1})", after(d(['a', 1]), (x) => m(x, 'update', l(t('b', 2))))),
    c("(lambda x: (x.update([(1, 2, 3)]), x)[1])({})", after(d(), (x) => m(x, 'update', l(t(1, 2, 3))))),
    c("(lambda x: (x.update([1]), x)[1])({})", after(d(), (x) => m(x, 'update', l(1)))),
    c("dict(a=1, b=2)", () => mkKw(DictType, [1, 2], ['a', 'b'])),
    c("dict([('a', 1)], b=2)", () => mkKw(DictType, [l(t('a', 1)), 2], ['b'])),
    c("dict({'x': 1})", () => mk(DictType, d(['x', 1]))),
    c("dict.fromkeys('ab', 0)", () => (DictType.lookup('fromkeys') as any).fn([DictType, 'ab', 0], null)),
    c("{'a': 1} | {'b': 2, 'a': 3}", () => binaryOp(d(['a', 1]), d(['b', 2], ['a', 3]), NB.OR)),
    c("{'a': 1} == {'a': 1.0}", () => richCompare(d(['a', 1]), d(['a', f(1)]), 2)),
    c("{'a': 1} == {'a': 2}", () => richCompare(d(['a', 1]), d(['a', 2]), 2)),
    c("{'a': 1} < {'a': 2}", () => richCompare(d(['a', 1]), d(['a', 2]), 0)),
    c("hash({})", () => hash(d())),
    c("(lambda x: (x.__delitem__('z'), x)[1])({'a': 1})", after(d(['a', 1]), (x) => delItem(x, 'z'))),
    c("(lambda x: (x.__delitem__('a'), x.__setitem__('a', 2), x)[2])({'a': 1, 'b': 1})", after(d(['a', 1], ['b', 1]), (x) => {
      delItem(x, 'a');
      setItem(x, 'a', 2);
    })),
    c("(lambda x: [x.__setitem__((k,), 0) for k in x])({'a': 1})", () => {
      const x = d(['a', 1]);
      const it = getIter(x);
      for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItem(x, t(k), 0);
      return x;
    }),
    c("(lambda x: (x.__setitem__('a', 5), x)[1])({'a': 1, 'b': 2})", after(d(['a', 1], ['b', 2]), (x) => setItem(x, 'a', 5))),
    c("(lambda x: (x.__setitem__(x, 1), x)[1])({})", after(d(), (x) => setItem(x, x, 1))),
    c("(lambda x: (x.__setitem__('self', x), x)[1])({})", after(d(), (x) => setItem(x, 'self', x))),
    c("len({'a': 1, 'b': 2})", () => len(d(['a', 1], ['b', 2]))),
  ]);
});

describe('set', () => {
  runCases('containers', [
    c('{3, 1, 2}', () => s(3, 1, 2)),
    c('{10, 2, 9, 17}', () => s(10, 2, 9, 17)),
    c('{100, 5, 8}', () => s(100, 5, 8)),
    c('set([33, 1, 65])', () => mk(SetType, l(33, 1, 65))),
    c('{-1, -2, 5}', () => s(-1, -2, 5)),
    c('{2**64, 1}', () => s(2n ** 64n, 1)),
    c('set(range(20))', () => mk(SetType, rng(20))),
    c('set(range(100, 0, -7))', () => mk(SetType, rng(100, 0, -7))),
    c('{1, 2, 3} | {10, 20}', () => binaryOp(s(1, 2, 3), s(10, 20), NB.OR)),
    c('{1, 2, 3, 40} & {3, 40, 5}', () => binaryOp(s(1, 2, 3, 40), s(3, 40, 5), NB.AND)),
    c('{1, 2, 3} - {2}', () => binaryOp(s(1, 2, 3), s(2), NB.SUBTRACT)),
    c('{1, 2, 3} ^ {3, 4}', () => binaryOp(s(1, 2, 3), s(3, 4), NB.XOR)),
    c('{1, 2} | [3]', () => binaryOp(s(1, 2), l(3), NB.OR)),
    c('{1, 2}.union([3], (9, 8))', () => m(s(1, 2), 'union', l(3), t(9, 8))),
    c('{1, 2, 3}.intersection([2, 3, 4])', () => m(s(1, 2, 3), 'intersection', l(2, 3, 4))),
    c('{1, 2, 3}.difference([2], {3})', () => m(s(1, 2, 3), 'difference', l(2), s(3))),
    c('{1, 2}.symmetric_difference([2, 3])', () => m(s(1, 2), 'symmetric_difference', l(2, 3))),
    c('{1, 2} <= {1, 2, 3}', () => richCompare(s(1, 2), s(1, 2, 3), 1)),
    c('{1, 2} < {1, 2}', () => richCompare(s(1, 2), s(1, 2), 0)),
    c('{1, 2} == frozenset({1, 2})', () => richCompare(s(1, 2), fs(1, 2), 2)),
    c('{1, 2} > {1}', () => richCompare(s(1, 2), s(1), 4)),
    c('{1, 2}.issubset([1, 2, 3])', () => m(s(1, 2), 'issubset', l(1, 2, 3))),
    c('{1, 2}.issuperset([1])', () => m(s(1, 2), 'issuperset', l(1))),
    c('{1, 2}.isdisjoint([3])', () => m(s(1, 2), 'isdisjoint', l(3))),
    c('(lambda x: (x.add(4), x)[1])({1, 2})', after(s(1, 2), (x) => m(x, 'add', 4))),
    c('(lambda x: (x.remove(2), x.add(10), x)[2])({1, 2, 3})', after(s(1, 2, 3), (x) => {
      m(x, 'remove', 2);
      m(x, 'add', 10);
    })),
    c('{1}.remove(5)', () => m(s(1), 'remove', 5)),
    c('(lambda x: (x.discard(5), x)[1])({1})', after(s(1), (x) => m(x, 'discard', 5))),
    c('{5, 3, 9}.pop()', () => m(s(5, 3, 9), 'pop')),
    c('set().pop()', () => m(s(), 'pop')),
    c('(lambda x: (x.update([7, 8], {9}), x)[1])({1})', after(s(1), (x) => m(x, 'update', l(7, 8), s(9)))),
    c('(lambda x: (x.intersection_update([1, 3]), x)[1])({1, 2, 3})', after(s(1, 2, 3), (x) => m(x, 'intersection_update', l(1, 3)))),
    c('(lambda x: (x.difference_update([1]), x)[1])({1, 2})', after(s(1, 2), (x) => m(x, 'difference_update', l(1)))),
    c('(lambda x: (x.symmetric_difference_update([1, 5]), x)[1])({1, 2})', after(s(1, 2), (x) => m(x, 'symmetric_difference_update', l(1, 5)))),
    c('(lambda x: (x.__ior__({5}), x)[1])({1})', after(s(1), (x) => binaryOp(x, s(5), NB.INPLACE_OR))),
    c('(lambda x: (x.__isub__({1}), x)[1])({1, 2})', after(s(1, 2), (x) => binaryOp(x, s(1), NB.INPLACE_SUBTRACT))),
    c('set()', () => s()),
    c('frozenset()', () => fs()),
    c('frozenset({3, 1})', () => fs(3, 1)),
    c('hash(frozenset({1, 2}))', () => hash(fs(1, 2))),
    c('hash(frozenset())', () => hash(fs())),
    c('hash(frozenset({(1, 2), 3}))', () => hash(fs(t(1, 2), 3))),
    c('hash({1})', () => hash(s(1))),
    c('{[1]}', () => s(l(1))),
    c('[1] in {1}', () => contains(s(1), l(1))),
    c('set() in {frozenset()}', () => contains(mk(SetType, l(fs())), s())),
    c('1.0 in {1}', () => contains(s(1), f(1))),
    c('{1, 1.0, True}', () => s(1, f(1), true)),
    c('len({1, 2, 2})', () => len(s(1, 2, 2))),
    c('frozenset([1, 2]) | {3}', () => binaryOp(fs(1, 2), s(3), NB.OR)),
    c('{1} | frozenset([2])', () => binaryOp(s(1), fs(2), NB.OR)),
    c('set(range(40)) - set(range(0, 40, 2))', () => binaryOp(mk(SetType, rng(40)), mk(SetType, rng(0, 40, 2)), NB.SUBTRACT)),
    c('set([1, 9, 17, 25, 33])', () => mk(SetType, l(1, 9, 17, 25, 33))),
    c('set(dict.fromkeys([5, 3, 1]))', () => mk(SetType, (DictType.lookup('fromkeys') as any).fn([DictType, l(5, 3, 1)], null))),
  ]);
});

describe('range', () => {
  runCases('containers', [
    c('range(5)', () => rng(5)),
    c('range(1, 10, 2)', () => rng(1, 10, 2)),
    c('list(range(1, 10, 3))', () => mk(ListType, rng(1, 10, 3))),
    c('list(range(10, 1, -3))', () => mk(ListType, rng(10, 1, -3))),
    c('len(range(0, 10, 3))', () => len(rng(0, 10, 3))),
    c('len(range(10, 0))', () => len(rng(10, 0))),
    c('range(0, 10, 3)[-1]', () => getItem(rng(0, 10, 3), -1)),
    c('range(5)[10]', () => getItem(rng(5), 10)),
    c('range(10)[2:8:2]', () => getItem(rng(10), sl(2, 8, 2))),
    c('range(10)[::-1]', () => getItem(rng(10), sl(None, None, -1))),
    c('7 in range(1, 10, 3)', () => contains(rng(1, 10, 3), 7)),
    c('8 in range(1, 10, 3)', () => contains(rng(1, 10, 3), 8)),
    c('7.0 in range(10)', () => contains(rng(10), f(7))),
    c('range(0) == range(5, 5)', () => richCompare(rng(0), rng(5, 5), 2)),
    c('range(0, 3, 2) == range(0, 4, 2)', () => richCompare(rng(0, 3, 2), rng(0, 4, 2), 2)),
    c('hash(range(0, 3, 2)) == hash(range(0, 4, 2))', () => richCompare(hash(rng(0, 3, 2)), hash(rng(0, 4, 2)), 2)),
    c('hash(range(5))', () => hash(rng(5))),
    c('range(10).index(4)', () => m(rng(10), 'index', 4)),
    c('range(10).index(40)', () => m(rng(10), 'index', 40)),
    c('range(10).count(3)', () => m(rng(10), 'count', 3)),
    c('list(reversed(range(1, 8, 3)))', () => mk(ListType, m(rng(1, 8, 3), '__reversed__'))),
    c('range(0, 10, 0)', () => rng(0, 10, 0)),
    c('range(1.5)', () => rng(f(1.5))),
    c('range(2**64)[2**63]', () => getItem(rng(2n ** 64n), 2n ** 63n)),
    c('len(range(2**64))', () => len(rng(2n ** 64n))),
    c('2**63 in range(2**64)', () => contains(rng(2n ** 64n), 2n ** 63n)),
    c('range(3).stop', () => (RangeType.lookup('stop') as any).get(rng(3))),
    c('slice(1, 2)', () => mk(SliceType, 1, 2)),
    c('slice(5)', () => mk(SliceType, 5)),
    c('slice(1, 10, 3).indices(5)', () => m(mk(SliceType, 1, 10, 3), 'indices', 5)),
    c('slice(None, None, -1).indices(5)', () => m(mk(SliceType, None, None, -1), 'indices', 5)),
    c('slice(-100, 100).indices(5)', () => m(mk(SliceType, -100, 100), 'indices', 5)),
    c('slice(1, 2) == slice(1, 2)', () => richCompare(mk(SliceType, 1, 2), mk(SliceType, 1, 2), 2)),
    c('None', () => None),
    c('NotImplemented', () => (repr(true), (globalThis as any).NI ?? None) && neverNI()),
    c('...', () => ellipsis()),
    c("[1, 2, 3]['a':]", () => getItem(l(1, 2, 3), sl('a', None))),
    c('iter(5)', () => getIter(5)),
    c('len(5)', () => len(5)),
    c('5[0]', () => getItem(5, 0)),
    c("'abc'.__class__.__name__ in 5", () => contains(5, 'str')),
    c('list(iter([1, 2]))', () => mk(ListType, getIter(l(1, 2)))),
    c('list[int]', () => getItem(ListType, IntType)),
    c('dict[str, list[int]]', () => getItem(DictType, t(StrType, getItem(ListType, IntType)))),
    c('tuple[int, ...]', () => getItem(TupleType, t(IntType, Ellipsis))),
    c('list[int] == list[int]', () => richCompare(getItem(ListType, IntType), getItem(ListType, IntType), 2)),
    c('int[0]', () => getItem(IntType, 0)),
    c('list(map(len, ["ab"]))', () => l(...iterToArray(l('ab')).map((x) => len(x)))),
  ]);
});

import { NotImplemented, Ellipsis, IntType, StrType } from '../../src/runtime/object.js';
function neverNI() {
  return NotImplemented;
}
function ellipsis() {
  return Ellipsis;
}
void PyObject;
