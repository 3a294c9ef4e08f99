/**
 * Hash tables shared by dict and set.
 *
 * `DictTable` (dict): insertion ordered, built on one JS `Map`. Keys whose
 * Python equality is plain value equality are *normalised* to a JS primitive
 * so that a dict lookup is a single `Map.get`: str → the string itself,
 * int/bool/integral float → one JS number (or bigint beyond 2**53), other
 * floats → their double. This gives Python's `1 == 1.0 == True` key identity.
 * Every other key (tuples, user objects, NaN floats, ...) goes through Python
 * hash buckets + `eq`; such entries sit in the ordered Map under the entry
 * object itself, so one Map still gives the insertion order of all keys.
 *
 * `SetTable` (set/frozenset): CPython's open-addressing table
 * (Objects/setobject.c: LINEAR_PROBES = 9, PERTURB_SHIFT = 5, resize at 60%
 * fill, sizes powers of two from 8), so iteration order matches CPython for
 * ints (strings hash differently from CPython, whose str hashes are randomised anyway).
 */
import { PyFloat, PyComplex, ComplexType, FloatType, PyType, type PyValue } from './object.js';
import { eq, hashNumber, hash } from './abstract.js';
import { PyIntSubclass } from './int.js';
import { PyStrSubclass } from './str.js';
import { IntType, StrType, PyObject } from './object.js';

function inheritsHashEq(key: PyObject, base: PyType): boolean {
  const t = key.ob_type;
  return t.lookup('__hash__') === base.tp_dict.get('__hash__') && t.lookup('__eq__') === base.tp_dict.get('__eq__');
}

/**
 * Instances of int/str subclasses that keep the base type's `__hash__` and
 * `__eq__` are keys equal to their value: normalise them like the value.
 */
function normaliseSubclassKey(key: PyObject): string | number | bigint | undefined {
  if (key instanceof PyIntSubclass || key instanceof PyStrSubclass) {
    const base = key instanceof PyIntSubclass ? IntType : StrType;
    const t = key.ob_type;
    if (t.lookup('__hash__') === base.tp_dict.get('__hash__') && t.lookup('__eq__') === base.tp_dict.get('__eq__')) return key.value;
  }
  return undefined;
}

/** One dict item. Entries are mutated in place when a value is replaced. */
export class DictEntry {
  /**
   * Set when the entry leaves its table (deleted, or the table cleared): the
   * eval loop's LOAD_GLOBAL cache holds entries and trusts only live ones.
   */
  dead = false;
  constructor(public key: PyValue, public value: PyValue) {}
}

const MAX_SAFE = 9007199254740991;

/** Marker: "this key has no primitive normal form" (use hash buckets). */
const COMPOSITE: unique symbol = Symbol('composite');

/** The primitive normal form of a key, or COMPOSITE. */
function normKey(key: PyValue): string | number | bigint | typeof COMPOSITE {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return key;
    case 'boolean':
      return key ? 1 : 0;
  }
  if (
    (key instanceof PyFloat && (key.ob_type === FloatType || inheritsHashEq(key, FloatType))) ||
    (key instanceof PyComplex && key.imag === 0 && key.ob_type === ComplexType)
  ) {
    const x = key instanceof PyFloat ? key.value : key.real;
    if (x !== x) return COMPOSITE; // NaN: identity semantics
    if ((x > MAX_SAFE || x < -MAX_SAFE) && Number.isFinite(x) && Number.isInteger(x)) return BigInt(x);
    return x;
  }
  const n = normaliseSubclassKey(key);
  if (n !== undefined) return n;
  return COMPOSITE;
}

/** Insertion-ordered Python-semantics hash map (see file comment). */
export class DictTable {
  /** Ordered storage: normalised key (or the entry itself for composite keys) → entry. */
  map: Map<unknown, DictEntry> = new Map();
  /** Composite keys: Python hash → entries with that hash. */
  buckets: Map<number | bigint, DictEntry[]> | null = null;
  /**
   * Counts insertions of new keys (CPython's dict keys version, for the same
   * use): a cached "this name is not in globals, it is a builtin" stays true
   * while the count is unchanged.
   */
  keysAdded = 0;

  get size(): number {
    return this.map.size;
  }

  /** A composite entry equal to `key` with hash `h`, or undefined. */
  private findInBucket(key: PyValue, h: number | bigint): DictEntry | undefined {
    const b = this.buckets!.get(h);
    if (b === undefined) return undefined;
    for (let i = 0; i < b.length; i++) {
      const e = b[i];
      if (e.key === key || eq(e.key, key)) return e;
    }
    return undefined;
  }

  /**
   * Cross-representation equality: a primitive key may equal a composite one
   * (`Fraction(1) == 1`, user classes hashing like a str) and vice versa.
   * Only consulted on a miss, and only when both kinds of key exist.
   */
  private findCross(key: PyValue, nk: unknown, h: number | bigint | undefined): DictEntry | undefined {
    if (nk !== COMPOSITE) {
      if (this.buckets === null || this.buckets.size === 0) return undefined;
      return this.findInBucket(key, hash(key));
    }
    if (typeof h === 'number' || typeof h === 'bigint') {
      const e = this.map.get(h);
      if (e !== undefined && !(e.key instanceof PyObject && normKey(e.key) === COMPOSITE) && eq(e.key, key)) return e;
    }
    return undefined;
  }

  /** Find the entry for `key` (may call Python `__hash__`/`__eq__`). */
  lookup(key: PyValue): DictEntry | undefined {
    if (typeof key === 'string') {
      const e = this.map.get(key);
      if (e !== undefined || this.buckets === null) return e;
      return this.findCross(key, key, undefined);
    }
    const nk = normKey(key);
    if (nk !== COMPOSITE) {
      const e = this.map.get(nk);
      if (e !== undefined || this.buckets === null) return e;
      return this.findCross(key, nk, undefined);
    }
    const h = hash(key);
    const e = this.buckets === null ? undefined : this.findInBucket(key, h);
    return e ?? (this.map.size > 0 ? this.findCross(key, nk, h) : undefined);
  }

  /** Insert or replace; keeps the original key object when replacing (like CPython). */
  set(key: PyValue, value: PyValue): void {
    if (typeof key === 'string' && this.buckets === null) {
      const e = this.map.get(key);
      if (e !== undefined) e.value = value;
      else {
        this.map.set(key, new DictEntry(key, value));
        this.keysAdded++;
      }
      return;
    }
    const nk = normKey(key);
    if (nk !== COMPOSITE) {
      const e = this.map.get(nk) ?? (this.buckets === null ? undefined : this.findCross(key, nk, undefined));
      if (e !== undefined) e.value = value;
      else {
        this.map.set(nk, new DictEntry(key, value));
        this.keysAdded++;
      }
      return;
    }
    const h = hash(key);
    if (this.buckets === null) this.buckets = new Map();
    const found = this.findInBucket(key, h) ?? (this.map.size > 0 ? this.findCross(key, nk, h) : undefined);
    if (found !== undefined) {
      found.value = value;
      return;
    }
    let b = this.buckets.get(h);
    if (b === undefined) this.buckets.set(h, (b = []));
    const e = new DictEntry(key, value);
    b.push(e);
    this.map.set(e, e);
    this.keysAdded++;
  }

  /** Remove `key`; returns the removed entry or undefined. */
  delete(key: PyValue): DictEntry | undefined {
    const e = this.lookup(key);
    if (e !== undefined) this.deleteEntry(e);
    return e;
  }

  /** Remove an entry known to be present. */
  deleteEntry(e: DictEntry): void {
    e.dead = true;
    const nk = normKey(e.key);
    if (nk !== COMPOSITE) {
      this.map.delete(nk);
      return;
    }
    this.map.delete(e);
    if (this.buckets) {
      const h = hash(e.key);
      const b = this.buckets.get(h);
      const i = b ? b.indexOf(e) : -1;
      if (b && i >= 0) {
        b.splice(i, 1);
        if (b.length === 0) this.buckets.delete(h);
        return;
      }
      for (const [hh, bb] of this.buckets) {
        const j = bb.indexOf(e);
        if (j >= 0) {
          bb.splice(j, 1);
          if (bb.length === 0) this.buckets.delete(hh);
          break;
        }
      }
    }
  }

  clear(): void {
    for (const e of this.map.values()) e.dead = true;
    this.map = new Map();
    this.buckets = null;
  }

  /** The entries in insertion order (live JS iterator over the Map). */
  entries(): IterableIterator<DictEntry> {
    return this.map.values();
  }

  /** The last inserted entry, or undefined. */
  last(): DictEntry | undefined {
    let last: DictEntry | undefined;
    for (const e of this.map.values()) last = e;
    return last;
  }

  copy(): DictTable {
    const t = new DictTable();
    for (const e of this.map.values()) {
      const ne = new DictEntry(e.key, e.value);
      const nk = normKey(e.key);
      if (nk !== COMPOSITE) t.map.set(nk, ne);
      else {
        const h = hash(e.key);
        if (t.buckets === null) t.buckets = new Map();
        let b = t.buckets.get(h);
        if (!b) t.buckets.set(h, (b = []));
        b.push(ne);
        t.map.set(ne, ne);
      }
    }
    return t;
  }
}

// ---------------------------------------------------------------------------
// SetTable: CPython's set layout.
// ---------------------------------------------------------------------------

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const MINSIZE = 8;
/** Dummy marker for deleted slots. */
const DUMMY: unique symbol = Symbol('dummy');
type Slot = PyValue | typeof DUMMY | undefined;

/** Fast equality for set probing: identical primitives first, then Python `==`. */
function keysEqual(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' && typeof b === 'string') return false;
  if (ta === 'number' && typeof b === 'number') return false;
  return eq(a, b);
}

/** CPython's set hash table (open addressing, see file comment). */
export class SetTable {
  keys: Slot[] = new Array(MINSIZE);
  hashes: number[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** Search finger for pop(). */
  finger = 0;

  get size(): number {
    return this.used;
  }

  /** Index of the slot holding `key`, or -1 (CPython set_lookkey). */
  find(key: PyValue, h: number = hashNumber(key)): number {
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = this.mask;
    let lo = h >>> 0;
    let hi = Math.floor(h / 4294967296) >>> 0;
    let i = lo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && hashes[j] === h && keysEqual(k, key)) {
          // The table may have been mutated by __eq__; CPython restarts; we re-find.
          if (this.keys !== keys || keys[j] !== k) return this.find(key, h);
          return j;
        }
        if (probes-- === 0) break;
        j++;
      }
      lo = ((lo >>> PERTURB_SHIFT) | ((hi & 31) << 27)) >>> 0;
      hi = hi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  /** Add `key` (CPython set_add_entry); returns true if it was not present. */
  add(key: PyValue, h: number = hashNumber(key)): boolean {
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = this.mask;
    let lo = h >>> 0;
    let hi = Math.floor(h / 4294967296) >>> 0;
    let i = lo & mask;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hashes[freeslot] = h;
            this.used++;
            return true;
          }
          keys[j] = key;
          hashes[j] = h;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) {
          if (freeslot < 0) freeslot = j;
        } else if (hashes[j] === h && keysEqual(k, key)) {
          if (this.keys !== keys) return this.add(key, h);
          return false;
        }
        if (probes-- === 0) break;
        j++;
      }
      lo = ((lo >>> PERTURB_SHIFT) | ((hi & 31) << 27)) >>> 0;
      hi = hi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** Insert into a table known not to contain the key and to have no dummies (CPython set_insert_clean). */
  private insertClean(keys: Slot[], hashes: number[], mask: number, key: PyValue, h: number): void {
    let lo = h >>> 0;
    let hi = Math.floor(h / 4294967296) >>> 0;
    let i = lo & mask;
    for (;;) {
      if (keys[i] === undefined) {
        keys[i] = key;
        hashes[i] = h;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === undefined) {
            keys[i + j] = key;
            hashes[i + j] = h;
            return;
          }
        }
      }
      lo = ((lo >>> PERTURB_SHIFT) | ((hi & 31) << 27)) >>> 0;
      hi = hi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** Rebuild with the smallest power-of-two size > minused (CPython set_table_resize). */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const keys: Slot[] = new Array(newsize);
    const hashes: number[] = new Array(newsize).fill(0);
    const mask = newsize - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) this.insertClean(keys, hashes, mask, k, oldHashes[i]);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
  }

  /** Remove `key`; returns true if it was present (CPython set_discard_entry). */
  discard(key: PyValue): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    this.keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    return true;
  }

  /** Remove and return an arbitrary element (CPython set_pop: scans from the finger). */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    const keys = this.keys;
    let i = this.finger & this.mask;
    for (;;) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) {
        keys[i] = DUMMY;
        this.hashes[i] = -1;
        this.used--;
        this.finger = i + 1;
        return k;
      }
      i = (i + 1) & this.mask;
    }
  }

  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
  }

  /** Merge another set table (CPython set_merge, which preserves the other's layout when possible). */
  merge(other: SetTable): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      const ok = other.keys;
      for (let i = 0; i < ok.length; i++) {
        const k = ok[i];
        if (k !== undefined && k !== DUMMY) this.insertClean(this.keys, this.hashes, this.mask, k, other.hashes[i]);
      }
      this.fill = this.used = other.used;
      return;
    }
    const ok = other.keys;
    for (let i = 0; i < ok.length; i++) {
      const k = ok[i];
      if (k !== undefined && k !== DUMMY) this.add(k, other.hashes[i]);
    }
  }

  /** Hash stored for the active slot `i`. */
  hashAt(i: number): number {
    return this.hashes[i];
  }

  /** Active keys in table order (CPython iteration order). */
  toArray(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** Slot value at `i` if active, else undefined (for iterators that walk the table). */
  activeAt(i: number): PyValue | undefined {
    const k = this.keys[i];
    return k === DUMMY ? undefined : k;
  }

  /** Table capacity (mask + 1). */
  get capacity(): number {
    return this.mask + 1;
  }

  copy(): SetTable {
    const t = new SetTable();
    t.merge(this);
    return t;
  }
}
