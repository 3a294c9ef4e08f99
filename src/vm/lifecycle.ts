/**
 * Object finalization: `__del__`, weakref clearing and callbacks (CPython's
 * `subtype_dealloc`/`PyObject_ClearWeakRefs`, the cyclic GC's
 * `finalize_garbage`, and the `__main__` teardown of `Py_FinalizeEx`).
 *
 * tspy has no reference counts, so it cannot see the moment an object's last
 * reference goes. Instead it keeps the few objects whose death is observable
 * (instances of classes defining `__del__`, referents of weak references) in
 * `tracked`, and decides their death by reachability at the points where
 * CPython programs usually expect it: a `del` statement that drops one of them
 * (or a container holding one), `gc.collect()`, and interpreter exit. The
 * marking walks the JS object graph from the interpreter's roots (sys.modules,
 * the frame stack, the handled exception), so anything a native structure
 * holds in a field counts as reachable; only values held in JS locals of
 * native code on the stack are invisible, which is why marking runs only at
 * those few points.
 */
import { type PyValue, PyObject, PyType, PyBaseExceptionObject, GeneratorType, PyMethodDescriptor, PyGetSetDescriptor, TPFLAGS_HEAPTYPE } from '../runtime/object.js';
import { CodeObject } from '../bytecode/code.js';
import { PyList, ListIterator } from '../runtime/list.js';
import { PyTuple } from '../runtime/tuple.js';
import { PyDict } from '../runtime/dict.js';
import { DictEntry } from '../runtime/hashtable.js';
import { PyModule } from '../runtime/module.js';
import { PyCell } from '../runtime/function.js';
import { PyGenerator, genClose } from '../runtime/generator.js';
import { vmState } from './state.js';
import { Frame, CodeInfo, FRAME_SUSPENDED, FRAME_DONE } from './frame.js';
import { Op } from '../bytecode/opcodes.js';
import { sysModules } from './rt.js';
import { call } from '../runtime/attr.js';
import { excExtras } from '../runtime/exceptions.js';
import { addTraceback, PyTraceback } from '../runtime/traceback.js';

/** Observable-death objects still alive, in registration order (CPython's GC list order, roughly allocation order). */
const tracked = new Set<PyObject>();
/** Objects whose `__del__` already ran (PEP 442: at most once). */
const finalizedSet = new WeakSet<PyObject>();
/** Objects declared dead (weakrefs cleared); never tracked again. */
const deadSet = new WeakSet<PyObject>();

/** How a dead object's weak references are cleared; installed by `_weakref` (returns the callbacks to run). */
let clearWeakrefsHook: ((o: PyObject) => [PyValue, PyValue][]) | null = null;
/** Prints an exception raised by `__del__` or a weakref callback (sys.unraisablehook's default output). */
let unraisableHook: ((exc: PyBaseExceptionObject, where: PyValue) => void) | null = null;

/** Register how `_weakref` clears the refs to a dying object. */
export function setClearWeakrefsHook(fn: (o: PyObject) => [PyValue, PyValue][]): void {
  clearWeakrefsHook = fn;
}

/** Register the printer of exceptions ignored in finalizers. */
export function setUnraisableHook(fn: (exc: PyBaseExceptionObject, where: PyValue) => void): void {
  unraisableHook = fn;
}

/** Does `t` define `__del__` (cached by version tag: the check runs at every instance creation)? */
export function typeHasDel(t: PyType): boolean {
  if (t.delCacheTag !== t.tp_version_tag) {
    t.delCache = t.lookup('__del__') !== undefined;
    t.delCacheTag = t.tp_version_tag;
  }
  return t.delCache;
}

/** Track a new instance whose type defines `__del__`. */
export function trackInstance(o: PyObject): void {
  tracked.add(o);
  vmState.tracking = true;
}

/** Does a generator of this code need closing when it dies: does any yield sit inside a handler's range? */
function yieldInTry(info: CodeInfo): boolean {
  if (info.yieldInTry < 0) {
    const ops = info.ops;
    const t = info.excTable;
    let found = 0;
    for (let i = 0; i < ops.length && !found; i++) {
      if ((ops[i] & 0xff) !== Op.YIELD_VALUE) continue;
      for (let j = 0; j < t.length; j += 4) {
        if (t[j] <= i && i < t[j + 1]) {
          found = 1;
          break;
        }
      }
    }
    info.yieldInTry = found;
  }
  return info.yieldInTry === 1;
}

/** Track a new generator whose death would run code (its finally/except/with blocks around a yield). */
export function trackGenerator(g: PyObject, info: CodeInfo): void {
  if (yieldInTry(info)) {
    tracked.add(g);
    vmState.tracking = true;
  }
}

/** Track the referent of a new weak reference. */
export function trackReferent(o: PyObject): void {
  if (!deadSet.has(o)) {
    tracked.add(o);
    vmState.tracking = true;
  }
}

/** Are there objects whose death a program could observe? (Cheap guard for the `del` hooks.) */
export function anyTracked(): boolean {
  return vmState.tracking;
}

// ---------------------------------------------------------------------------
// Marking
// ---------------------------------------------------------------------------

function isObj(x: unknown): x is object {
  return typeof x === 'object' && x !== null;
}

/** Objects marking never enters: raw buffers, and dict entries already removed from their dict (caches may hold them). */
function skipped(v: object): boolean {
  return ArrayBuffer.isView(v) || (v instanceof DictEntry && v.dead);
}

/** Push the objects `v` holds strongly onto `out` (what the marking follows). */
function children(v: object, out: unknown[]): void {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (isObj(v[i])) out.push(v[i]);
    return;
  }
  if (v instanceof Frame) {
    // A suspended generator's frame: values below its saved stack pointer; its `back` is stale
    // and `gen`/`pyFrame` point back at its owners (no such references in CPython).
    // A finished frame (kept by a traceback) holds only its variables: CPython clears the stack.
    const suspended = v.state === FRAME_SUSPENDED;
    const n = suspended ? Math.min(v.sp, v.f.length) : v.state === FRAME_DONE ? v.info.nlocalsplus : v.f.length;
    for (let i = 0; i < n; i++) if (isObj(v.f[i])) out.push(v.f[i]);
    out.push(v.func, v.globals, v.builtins, v.locals, v.initSelf);
    if (!suspended) out.push(v.back);
    return;
  }
  if (v instanceof PyType) {
    // Built-in types hold only built-in descriptors; a class's subclass list is weak in CPython.
    if (v.tp_flags & TPFLAGS_HEAPTYPE) out.push(v.tp_dict, v.tp_mro, v.tp_bases, v.ob_type, v.dict);
    return;
  }
  // Code and its VM data hold constants and caches of types/functions reachable elsewhere.
  if (v instanceof CodeObject || v instanceof CodeInfo || v instanceof PyMethodDescriptor || v instanceof PyGetSetDescriptor) return;
  if (v instanceof Map) {
    for (const [k, x] of v) {
      if (isObj(k)) out.push(k);
      if (isObj(x)) out.push(x);
    }
    return;
  }
  if (v instanceof Set) {
    for (const x of v) if (isObj(x)) out.push(x);
    return;
  }
  // An exhausted list iterator's `dropped` list is not a reference (CPython's iterator let go of it).
  if (v instanceof ListIterator) {
    if (v.list !== null) out.push(v.list);
    return;
  }
  if (v instanceof WeakRef || v instanceof WeakMap || v instanceof WeakSet || v instanceof ArrayBuffer) return;
  const vals = Object.values(v);
  for (let i = 0; i < vals.length; i++) if (isObj(vals[i])) out.push(vals[i]);
  // Exception fields live in a side table (exceptions.ts).
  if (v instanceof PyBaseExceptionObject) {
    const x = excExtras(v);
    if (x !== undefined) out.push(x);
  }
}

/**
 * The unreachable objects that reference counting would not free: those on a
 * reference cycle (a strongly connected component of more than one object, or
 * one referring to itself) and everything they reach. Only CPython's cyclic
 * collector (`gc.collect()`, exit) frees them. Tarjan's algorithm, iterative.
 */
function cyclicGarbage(starts: object[], live: Set<object>): Set<object> {
  const index = new Map<object, number>();
  const low = new Map<object, number>();
  const onStack = new Set<object>();
  const stk: object[] = [];
  const inCycle: object[] = [];
  let next = 0;
  const kids = (v: object): object[] => {
    const out: unknown[] = [];
    children(v, out);
    return out.filter((x): x is object => isObj(x) && !live.has(x) && !skipped(x));
  };
  for (const s of starts) {
    if (index.has(s) || live.has(s)) continue;
    const work: { v: object; ch: object[]; i: number }[] = [];
    const enter = (v: object): void => {
      index.set(v, next);
      low.set(v, next);
      next++;
      stk.push(v);
      onStack.add(v);
      work.push({ v, ch: kids(v), i: 0 });
    };
    enter(s);
    while (work.length !== 0) {
      const top = work[work.length - 1];
      if (top.i < top.ch.length) {
        const w = top.ch[top.i++];
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length !== 0) {
        const p = work[work.length - 1].v;
        low.set(p, Math.min(low.get(p)!, low.get(top.v)!));
      }
      if (low.get(top.v) === index.get(top.v)) {
        const comp: object[] = [];
        let w: object;
        do {
          w = stk.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.v);
        if (comp.length > 1 || top.ch.includes(top.v)) inCycle.push(...comp);
      }
    }
  }
  const cyclic = new Set<object>();
  const todo = inCycle;
  while (todo.length !== 0) {
    const v = todo.pop()!;
    if (cyclic.has(v)) continue;
    cyclic.add(v);
    for (const x of kids(v)) if (!cyclic.has(x)) todo.push(x);
  }
  return cyclic;
}

/** Everything reachable from the interpreter's roots; the current frame's value stack counts only below `sp`. */
function markReachable(frame: Frame | null, sp: number, extraRoots: unknown[]): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [...extraRoots];
  const mods = sysModules();
  if (mods) stack.push(mods);
  stack.push(vmState.handled, vmState.curexc);
  for (let fr = vmState.current; fr !== null; fr = fr.back) {
    if (fr === frame) {
      seen.add(fr);
      seen.add(fr.f);
      for (let i = 0; i < sp && i < fr.f.length; i++) stack.push(fr.f[i]);
      stack.push(fr.func, fr.globals, fr.builtins, fr.locals, fr.gen, fr.back, fr.pyFrame, fr.initSelf);
    } else stack.push(fr);
  }
  while (stack.length !== 0) {
    const v = stack.pop();
    if (!isObj(v) || seen.has(v) || skipped(v)) continue;
    seen.add(v);
    children(v, stack);
  }
  return seen;
}

// ---------------------------------------------------------------------------
// Finalizing
// ---------------------------------------------------------------------------

function reportUnraisable(e: unknown, where: PyValue): void {
  // Like PyErr_WriteUnraisable: an exception without a traceback gets the running frame's.
  if (e instanceof PyBaseExceptionObject && e.traceback === null && vmState.current !== null) {
    addTraceback(e, vmState.current, vmState.current.lasti);
  }
  if (e instanceof PyBaseExceptionObject && unraisableHook) unraisableHook(e, where);
  else if (!(e instanceof PyBaseExceptionObject)) throw e;
}

/** Run `o.__del__()` once (CPython `PyObject_CallFinalizerFromDealloc`); errors are printed, not raised. */
function runDel(o: PyObject): void {
  if (finalizedSet.has(o)) return;
  const d = o.ob_type.lookup('__del__');
  if (d === undefined) return;
  finalizedSet.add(o);
  try {
    call(d, [o]);
  } catch (e) {
    reportUnraisable(e, d);
  }
}

/** The object is dead: clear its weakrefs and run their callbacks (CPython `PyObject_ClearWeakRefs`). */
function killWeakrefs(o: PyObject, live: Set<object>): void {
  deadSet.add(o);
  if (!clearWeakrefsHook) return;
  for (const [ref, cb] of clearWeakrefsHook(o)) {
    // A weakref that is itself garbage gets no callback (CPython's collector clears it first).
    if (!live.has(ref as object)) continue;
    try {
      call(cb, [ref]);
    } catch (e) {
      reportUnraisable(e, cb);
    }
  }
}

function isSuspendedGen(v: PyValue): v is PyGenerator {
  return v instanceof PyGenerator && v.ob_type === GeneratorType && v.frame.state === FRAME_SUSPENDED && !v.running;
}

/** The finalizer of a dying tracked object: `__del__`, or closing a generator. */
function finalizeOne(o: PyObject): void {
  if (o instanceof PyGenerator) {
    if (isSuspendedGen(o)) closeGen(o);
  } else runDel(o);
}

/** Close a dying generator; an exception is printed like one from `__del__`. */
function closeGen(g: PyGenerator): void {
  try {
    genClose(g);
  } catch (e) {
    reportUnraisable(e, g);
  }
}

/**
 * Deallocate the unreachable objects under `root` in CPython's order: an
 * instance runs `__del__`, then its weakref callbacks, then releases its
 * `__dict__` values in order; lists and tuples release items last to first,
 * dicts in order.
 */
function cascade(root: PyValue, isGarbage: (o: object) => boolean, done: Set<object>, live: Set<object>): void {
  if (!isObj(root) || done.has(root) || !isGarbage(root)) return;
  done.add(root);
  if (root instanceof PyList || root instanceof PyTuple) {
    const items = root.items;
    for (let i = items.length - 1; i >= 0; i--) cascade(items[i], isGarbage, done, live);
    return;
  }
  if (root instanceof PyDict) {
    for (const [k, v] of root.entries()) {
      cascade(k, isGarbage, done, live);
      cascade(v, isGarbage, done, live);
    }
    return;
  }
  if (root instanceof PyGenerator) {
    // CPython's generator finalizer closes a suspended generator (its finally blocks run), then its frame's locals go.
    tracked.delete(root);
    vmState.tracking = tracked.size !== 0;
    if (isSuspendedGen(root)) closeGen(root);
    const fr = root.frame;
    for (let i = 0; i < fr.info.nlocalsplus; i++) {
      const x = fr.f[i] instanceof PyCell ? (fr.f[i] as PyCell).ref : fr.f[i];
      if (x !== null && x !== undefined) cascade(x, isGarbage, done, live);
    }
    return;
  }
  if (!(root instanceof PyObject) || root instanceof PyType || root instanceof PyModule) return;
  if (tracked.has(root)) {
    tracked.delete(root);
    vmState.tracking = tracked.size !== 0;
    runDel(root);
    killWeakrefs(root, live);
  }
  if (root.dict) cascade(root.dict, isGarbage, done, live);
  const sl = root.slots;
  if (sl) for (const x of sl) if (x !== undefined) cascade(x, isGarbage, done, live);
}

/**
 * Finalize the tracked objects not in `live`: first those under `released`
 * (in dealloc order), then the rest in tracking order. With `cycles` false
 * (reference counting's view), garbage on or under a reference cycle waits
 * for the cyclic collector.
 */
function finalizeUnreachable(live: Set<object>, released: PyValue[], cycles: boolean): void {
  const rest = [...tracked].filter((o) => !live.has(o));
  let garbage = (o: object) => !live.has(o);
  if (!cycles) {
    const starts: object[] = [...released.filter((x): x is PyObject => isObj(x)), ...rest];
    const cyclic = cyclicGarbage(starts, live);
    if (cyclic.size !== 0) garbage = (o: object) => !live.has(o) && !cyclic.has(o);
  }
  const done = new Set<object>();
  for (const r of released) cascade(r, garbage, done, live);
  // Cyclic garbage (CPython's collector): all finalizers first, then the weakrefs.
  const dead = rest.filter((o) => tracked.has(o) && garbage(o));
  for (const o of dead) finalizeOne(o);
  for (const o of dead) {
    tracked.delete(o);
    vmState.tracking = tracked.size !== 0;
    killWeakrefs(o, live);
  }
}

/** `o[k]` for an exact dict or a list with an int index, read without running Python code; else undefined. */
export function peekItem(o: PyValue, k: PyValue): PyValue | undefined {
  if (o instanceof PyDict && (typeof k === 'string' || typeof k === 'number')) {
    try {
      return o.get(k);
    } catch {
      return undefined;
    }
  }
  if (o instanceof PyList && typeof k === 'number' && Number.isInteger(k)) return o.items[k < 0 ? k + o.items.length : k];
  return undefined;
}

/**
 * Does dropping `v` possibly end the life of a tracked object? It does when a
 * bounded look through containers and attributes finds a tracked object (or a
 * suspended generator) that the running frames do not plainly hold (see
 * heldByFrames; `frame`/`sp` as in markReachable: that frame's slots from `sp`
 * up are not roots). Each yes costs a full marking from the roots.
 */
function mayRelease(v: PyValue, frame: Frame, sp: number): boolean {
  const found = trackedWithin(v);
  if (found === null) return false;
  const held = heldByFrames(frame, sp);
  for (const o of found) if (!held.has(o)) return true;
  return false;
}

/** The tracked objects and suspended generators within a bounded look from `v` (null: none). */
function trackedWithin(v: PyValue): PyObject[] | null {
  if (!(v instanceof PyObject) || v instanceof PyType || v instanceof PyModule) return null;
  let found: PyObject[] | null = null;
  // A bounded look through containers and instance attributes: enough for the usual
  // "drop a holder of resources", without a whole-heap scan at every rebinding.
  const seen = new Set<object>();
  const stack: [PyValue, number][] = [[v, 0]];
  while (stack.length !== 0 && seen.size < 500) {
    const [x, depth] = stack.pop()!;
    if (!(x instanceof PyObject) || seen.has(x) || x instanceof PyType || x instanceof PyModule) continue;
    seen.add(x);
    if (tracked.has(x) || isSuspendedGen(x)) {
      (found ??= []).push(x);
      continue;
    }
    if (depth >= 4) continue;
    let kids: PyValue[] | null = null;
    if (x instanceof PyList || x instanceof PyTuple) kids = x.items;
    else if (x instanceof PyDict) kids = x.values();
    else if (x instanceof PyBaseExceptionObject) {
      // A caught exception keeps the frames of its traceback, and their locals, alive.
      for (let tb = x.traceback as PyTraceback | null; tb !== null; tb = tb.next as PyTraceback | null) {
        const fr = tb.frame;
        for (let i = 0; i < fr.info.nlocalsplus; i++) {
          const l = fr.f[i];
          if (l instanceof PyObject) stack.push([l, depth + 1]);
        }
      }
      kids = x.args;
    } else if (x.dict) kids = x.dict.values();
    else if (!(x instanceof PyGenerator)) {
      // Native objects (iterators, bound methods, partials): their fields.
      for (const k of Object.values(x)) {
        if (k instanceof PyObject) stack.push([k, depth + 1]);
        else if (Array.isArray(k)) for (const e of k) if (e instanceof PyObject) stack.push([e, depth + 1]);
      }
    }
    if (kids) for (const k of kids) if (k instanceof PyObject) stack.push([k, depth + 1]);
    if (x.slots) for (const k of x.slots) if (k instanceof PyObject) stack.push([k, depth + 1]);
  }
  return found;
}

/**
 * The objects the running frames plainly hold: their slots (for `frame`, only
 * those below `sp`), what those objects' `__dict__`s hold, and what the
 * objects in their native fields hold in theirs (a `with` block's bound
 * `__exit__` method, its context manager, and the generator inside it). All
 * of them are reachable, so dropping another reference to one of them frees
 * nothing: the common case of a @contextmanager generator, suspended while
 * its with block runs, needs no marking.
 */
function heldByFrames(frame: Frame, sp: number): Set<unknown> {
  const held = new Set<unknown>();
  const addDict = (o: PyObject): void => {
    if (o.dict) for (const x of o.dict.values()) held.add(x);
  };
  for (let fr = vmState.current; fr !== null; fr = fr.back) {
    const f = fr.f;
    const n = fr === frame ? Math.min(sp, f.length) : f.length;
    for (let i = 0; i < n; i++) {
      let x = f[i];
      if (x instanceof PyCell) x = x.ref;
      if (!(x instanceof PyObject) || held.has(x)) continue;
      held.add(x);
      if (x instanceof PyType || x instanceof PyModule || x instanceof PyList || x instanceof PyTuple || x instanceof PyDict) continue;
      addDict(x);
      if (!x.dict && !(x instanceof PyGenerator)) {
        for (const k of Object.values(x)) {
          if (k instanceof PyObject && !(k instanceof PyType) && !(k instanceof PyModule)) {
            held.add(k);
            addDict(k);
          }
        }
      }
    }
  }
  return held;
}

/**
 * A `del` statement, a rebinding or an expression statement dropped a
 * reference to `old` (the eval loop calls this only when `anyTracked()`): if that can end a tracked object's life, mark
 * from the roots and finalize what is unreachable. `frame`/`sp` are the
 * running frame and its stack depth (slots above it are stale).
 */
export function afterRelease(old: PyValue, frame: Frame, sp: number): void {
  const dropped = droppedTemporary;
  droppedTemporary = null;
  if (!(mayRelease(old, frame, sp) || dropped !== null) || !chainIsPython()) return;
  finalizeUnreachable(markReachable(frame, sp, []), dropped !== null ? [old, dropped] : [old], false);
}

/**
 * A temporary that was still reachable when dropped, looked at again by the
 * next `del`: the exception an except block just finished with while `except
 * E as name` still binds it (the compiler's `name = None; del name` comes
 * right after, and STORE_FAST is not watched).
 */
let droppedTemporary: PyValue | null = null;

/** How many more scans function returns and discarded values may start: a program that keeps returning from frames holding long-lived tracked objects must not become quadratic. */
let frameScanBudget = 2000;

/** No native code between the running frame and its module's frame holds values the marking cannot see. */
function chainIsPython(): boolean {
  for (let fr = vmState.current; fr !== null; fr = fr.back) {
    if (fr.func === null) return true;
    if (!fr.fromLoop) return false;
  }
  return true;
}

/**
 * A Python function called from Python code returns `ret`: the objects its
 * own local variables (not its arguments, which its caller still holds)
 * referenced may die with the frame, as in CPython's frame dealloc.
 */
export function releaseFrame(frame: Frame, ret: PyValue): void {
  const code = frame.info.code;
  let first = code.co_argcount + code.co_kwonlyargcount;
  if (code.co_flags & 0x04) first++;
  if (code.co_flags & 0x08) first++;
  const f = frame.f;
  const n = frame.info.nlocalsplus;
  let released: PyValue[] | null = null;
  for (let i = first; i < n; i++) {
    let x = f[i];
    if (x instanceof PyCell) x = x.ref;
    if (x !== null && x !== undefined && x !== ret && mayRelease(x, frame, 0)) (released ??= []).push(x);
  }
  if (released === null || frameScanBudget <= 0 || !chainIsPython()) return;
  frameScanBudget--;
  finalizeUnreachable(markReachable(frame, 0, [ret]), released, false);
}

/**
 * An expression statement's value was discarded (POP_TOP at stack depth
 * `sp`): it and the temporaries its evaluation consumed (the call's callable
 * and arguments, still in the stack slots just above) may have died, as in
 * `print(make_resource())`. Within the same scan budget as function returns.
 */
export function afterDiscard(frame: Frame, sp: number, old?: PyValue, oldIsTemporary = false): void {
  // A replaced binding counts like `del` (no budget); temporaries only within the budget.
  if (oldIsTemporary && frameScanBudget <= 0) return;
  const replaced = old !== undefined && !oldIsTemporary && mayRelease(old, frame, sp);
  if (!replaced && frameScanBudget <= 0) return;
  const f = frame.f;
  let released: PyValue[] | null = replaced ? [old] : null;
  if (oldIsTemporary && old !== undefined && mayRelease(old, frame, sp)) {
    released = [old];
    droppedTemporary = old;
  }
  if (frameScanBudget > 0) {
    for (let i = sp; i < sp + 8 && i < f.length; i++) {
      const x = f[i];
      if (x !== null && x !== undefined && mayRelease(x, frame, sp)) (released ??= []).push(x);
    }
  }
  if (released === null || !chainIsPython()) return;
  if (!replaced) frameScanBudget--;
  finalizeUnreachable(markReachable(frame, sp, []), released, false);
}

/** `gc.collect()`: finalize every tracked object that is no longer reachable; returns how many. */
export function collectGarbage(): number {
  const before = tracked.size;
  const fr = vmState.current;
  finalizeUnreachable(markReachable(fr, fr ? fr.f.length : 0, []), [], true);
  return before - tracked.size;
}

/** At exit the weak references die with everything else, so none gets its callback (pending `finalize`s ran from atexit). */
const NO_LIVE_REFS = new Set<object>();

/**
 * Interpreter exit (after atexit): what CPython's teardown of `__main__`
 * shows. Its collector first runs the finalizers of the objects reachable
 * from the module's globals through instance attributes (globals in order,
 * names starting with one underscore first), then frees the rest, so
 * containers release their items in dealloc order. Everything still tracked
 * after that is finalized in tracking order.
 */
export function finalizeAtExit(): void {
  if (tracked.size === 0) return;
  // What is already garbage (the locals of an uncaught exception's frames) goes first.
  finalizeUnreachable(markReachable(null, 0, []), [], false);
  const mods = sysModules();
  const main = mods ? mods.getStr('__main__') : undefined;
  if (main instanceof PyModule) {
    const items = main.dict.entries().filter(([k]) => k !== '__builtins__');
    const underscore = (k: PyValue) => typeof k === 'string' && k.startsWith('_') && !k.startsWith('__');
    const ordered = [...items.filter(([k]) => underscore(k)), ...items.filter(([k]) => !underscore(k))];
    const seen = new Set<object>();
    const viaAttrs = (v: PyValue): void => {
      if (!(v instanceof PyObject) || seen.has(v) || v instanceof PyType || v instanceof PyModule) return;
      if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) return;
      seen.add(v);
      if (tracked.has(v)) runDel(v);
      if (isSuspendedGen(v)) closeGen(v);
      if (v.dict) for (const x of v.dict.values()) viaAttrs(x);
      if (v.slots) for (const x of v.slots) viaAttrs(x as PyValue);
    };
    for (const [, v] of ordered) viaAttrs(v);
    const done = new Set<object>();
    for (const [, v] of ordered) cascade(v, () => true, done, NO_LIVE_REFS);
  }
  for (const o of [...tracked]) finalizeOne(o);
  for (const o of [...tracked]) {
    tracked.delete(o);
    vmState.tracking = tracked.size !== 0;
    killWeakrefs(o, NO_LIVE_REFS);
  }
}
