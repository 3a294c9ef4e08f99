/**
 * Generators, coroutines and async generators (CPython Objects/genobject.c):
 * a generator owns its suspended Frame and resumes it by re-entering the eval
 * loop. `send`/`throw`/`close`, `yield from` delegation (including throw/close
 * forwarding to the sub-iterator), PEP 479 (StopIteration inside a generator
 * becomes RuntimeError), and the awaitable protocol needed to drive
 * coroutines by hand with `send()`.
 */
import {
  type PyValue,
  PyObject,
  PyType,
  PyBaseExceptionObject,
  None,
  ObjectType,
  GeneratorType,
  CoroutineType,
  TypeErrorType,
  ValueErrorType,
  RuntimeErrorType,
  StopIterationType,
  StopAsyncIterationType,
  GeneratorExitType,
  typeOf,
  newError,
  isInstance,
  defineMethods,
  defineGetSet,
  TPFLAGS_BASE_EXC_SUBCLASS,
} from './object.js';
import { PyIteratorBase } from './iterbase.js';
import { Op } from '../bytecode/opcodes.js';
import { CO_ITERABLE_COROUTINE, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../bytecode/code.js';
import { Frame, FRAME_CREATED, FRAME_DONE, FRAME_SUSPENDED } from '../vm/frame.js';
import { evalFrame } from '../vm/interpreter.js';
import { vmState } from '../vm/state.js';
import { call, getAttrOpt, lookupSpecial, callMethod } from './attr.js';
import { objectId } from './abstract.js';
import { frameObject } from './traceback.js';
import { trackGenerator } from '../vm/lifecycle.js';

export const AsyncGeneratorType = new PyType('async_generator', [ObjectType], 0);
const CoroWrapperType = new PyType('coroutine_wrapper', [ObjectType], 0);
const AsyncGenWrappedType = new PyType('async_generator_wrapped_value', [ObjectType], 0);
const AsyncGenASendType = new PyType('async_generator_asend', [ObjectType], 0);

const KIND_GEN = 0;
const KIND_CORO = 1;
const KIND_ASYNC_GEN = 2;

/**
 * A generator / coroutine / async generator object. Deliberately not a
 * PyIteratorBase: `next(gen)` must raise StopIteration carrying the return
 * value, so generic consumers go through `__next__` (FOR_ITER has its own
 * fast path).
 */
export class PyGenerator extends PyObject {
  running = false;
  /** The exception being handled inside the generator while it is suspended (gi_exc_state). */
  exc: PyValue = None;
  name: string;
  qualname: string;
  readonly kind: number;
  constructor(public readonly frame: Frame) {
    const flags = frame.info.code.co_flags;
    const kind = flags & CO_COROUTINE ? KIND_CORO : flags & CO_ASYNC_GENERATOR ? KIND_ASYNC_GEN : KIND_GEN;
    super();
    this.ob_type = kind === KIND_CORO ? CoroutineType : kind === KIND_ASYNC_GEN ? AsyncGeneratorType : GeneratorType;
    this.kind = kind;
    this.name = frame.func ? frame.func.name : frame.info.code.co_name;
    this.qualname = frame.func ? frame.func.qualname : frame.info.code.co_qualname;
    frame.gen = this;
  }
  /** Next value, or undefined once the generator has returned. */
  next(): PyValue | undefined {
    return genIterNext(this);
  }
}

/** Wrap a freshly bound frame of a generator function into its generator (the frame starts after RETURN_GENERATOR). */
export function makeGenerator(frame: Frame): PyGenerator {
  // The frame starts at pc 0: COPY_FREE_VARS/MAKE_CELL may precede RETURN_GENERATOR,
  // which (in a generator frame) pushes the None that the following POP_TOP discards.
  const g = new PyGenerator(frame);
  if (g.ob_type === GeneratorType) trackGenerator(g, frame.info);
  return g;
}

interface SendResult {
  done: boolean;
  value: PyValue;
}

function kindName(g: PyGenerator): string {
  return g.kind === KIND_CORO ? 'coroutine' : g.kind === KIND_ASYNC_GEN ? 'async generator' : 'generator';
}

/** Resume `gen` with `v` (or by raising `exc` inside it): CPython `gen_send_ex2`. */
export function genSend(gen: PyGenerator, v: PyValue, exc?: PyBaseExceptionObject): SendResult {
  const frame = gen.frame;
  if (gen.running) throw newError(ValueErrorType, `${kindName(gen)} already executing`);
  if (frame.state === FRAME_DONE) {
    if (gen.kind === KIND_CORO && exc === undefined) throw newError(RuntimeErrorType, 'cannot reuse already awaited coroutine');
    if (exc !== undefined) throw exc;
    return { done: true, value: None };
  }
  if (frame.state === FRAME_CREATED && exc === undefined && v !== None) {
    throw newError(TypeErrorType, `can't send non-None value to a just-started ${kindName(gen)}`);
  }
  if (exc === undefined && frame.state !== FRAME_CREATED) frame.f[frame.sp++] = v;
  gen.running = true;
  const outer = vmState.handled;
  if (gen.exc !== None) vmState.handled = gen.exc;
  let result: PyValue;
  try {
    result = evalFrame(frame, exc);
  } catch (e) {
    frame.state = FRAME_DONE;
    if (e instanceof PyBaseExceptionObject) {
      const stopIter = isInstance(e, StopIterationType);
      const stopAsync = gen.kind === KIND_ASYNC_GEN && isInstance(e, StopAsyncIterationType);
      if (stopIter || stopAsync) {
        const what = stopIter ? 'StopIteration' : 'StopAsyncIteration';
        const err = newError(RuntimeErrorType, `${kindName(gen)} raised ${what}`);
        err.cause = e;
        err.context = e;
        err.suppressContext = true;
        throw err;
      }
    }
    throw e;
  } finally {
    gen.running = false;
    gen.exc = frame.state === FRAME_SUSPENDED && vmState.handled !== outer ? vmState.handled : None;
    vmState.handled = outer;
  }
  if (frame.state === FRAME_SUSPENDED) return { done: false, value: result };
  return { done: true, value: result };
}

/** `next(gen)` for FOR_ITER and iterNext: the next value or undefined when the generator returned. */
export function genIterNext(gen: PyGenerator): PyValue | undefined {
  const r = genSend(gen, None);
  return r.done ? undefined : r.value;
}

/** A StopIteration carrying `value` (CPython `_PyGen_SetStopIterationValue`). */
export function stopIteration(value: PyValue): PyBaseExceptionObject {
  if (value === None) return call(StopIterationType, []) as PyBaseExceptionObject;
  return call(StopIterationType, [value]) as PyBaseExceptionObject;
}

/** The value carried by a StopIteration. */
export function stopIterationValue(e: PyBaseExceptionObject): PyValue {
  const v = getAttrOpt(e, 'value');
  if (v !== undefined) return v;
  return e.args.length ? e.args[0] : None;
}

/** Is `v` a generator or coroutine object (GET_YIELD_FROM_ITER keeps these as they are)? */
export function isGeneratorLike(v: PyValue): boolean {
  return v instanceof PyGenerator;
}

/**
 * SEND: resume the sub-iterator of `yield from`/`await` (CPython `PyIter_Send`).
 * `done` means it returned (value = its return value).
 */
export function genSendForSend(recv: PyValue, v: PyValue): SendResult {
  if (recv instanceof PyGenerator && recv.kind !== KIND_ASYNC_GEN) return genSend(recv, v);
  if (recv instanceof PyCoroWrapper) return genSend(recv.coro, v);
  try {
    if (v === None) {
      if (recv instanceof PyIteratorBase) {
        const x = recv.next();
        return x === undefined ? { done: true, value: None } : { done: false, value: x };
      }
      const nx = lookupSpecial(recv, '__next__');
      if (nx !== undefined) return { done: false, value: call(nx, []) };
    }
    return { done: false, value: callMethod(recv, 'send', [v]) };
  } catch (e) {
    if (e instanceof PyBaseExceptionObject && isInstance(e, StopIterationType)) return { done: true, value: stopIterationValue(e) };
    throw e;
  }
}

/** The sub-iterator a suspended generator is delegating to (`yield from` / `await`), or null (CPython `_PyGen_yf`). */
function yieldFromTarget(gen: PyGenerator): PyValue | null {
  const fr = gen.frame;
  if (fr.state !== FRAME_SUSPENDED) return null;
  const next = fr.info.ops[fr.pc];
  if ((next & 0xff) !== Op.RESUME || next >>> 8 < 2) return null;
  return fr.f[fr.sp - 1] as PyValue;
}

function closeIter(yf: PyValue): void {
  if (yf instanceof PyGenerator) {
    genClose(yf);
    return;
  }
  const m = getAttrOpt(yf, 'close');
  if (m !== undefined) call(m, []);
}

/** Normalise `throw(typ[, val[, tb]])` arguments into an exception instance. */
function makeThrown(typ: PyValue, val: PyValue, tb: PyValue): PyBaseExceptionObject {
  let exc: PyBaseExceptionObject;
  if (typ instanceof PyType && typ.tp_flags & TPFLAGS_BASE_EXC_SUBCLASS) {
    if (val instanceof PyBaseExceptionObject && isInstance(val, typ)) exc = val;
    else {
      const r = val === None ? call(typ, []) : call(typ, [val]);
      if (!(r instanceof PyBaseExceptionObject)) throw newError(TypeErrorType, 'exceptions must derive from BaseException');
      exc = r;
    }
  } else if (typ instanceof PyBaseExceptionObject) {
    if (val !== None) throw newError(TypeErrorType, 'instance exception may not have a separate value');
    exc = typ;
  } else {
    throw newError(TypeErrorType, `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).tp_name}`);
  }
  if (tb !== None) {
    if (!(tb instanceof PyObject) || tb.ob_type.tp_name !== 'traceback') throw newError(TypeErrorType, 'throw() third argument must be a traceback object');
    exc.traceback = tb;
  }
  return exc;
}

/** `gen.throw(exc)` with `yield from` delegation (CPython `_gen_throw`). */
export function genThrow(gen: PyGenerator, exc: PyBaseExceptionObject): SendResult {
  const yf = yieldFromTarget(gen);
  if (yf !== null) {
    if (isInstance(exc, GeneratorExitType)) {
      gen.running = true;
      let err: unknown;
      try {
        closeIter(yf);
      } catch (e) {
        err = e;
      } finally {
        gen.running = false;
      }
      if (err !== undefined) return genSend(gen, None, err as PyBaseExceptionObject);
      return genSend(gen, None, exc);
    }
    let r: SendResult;
    gen.running = true;
    try {
      if (yf instanceof PyGenerator) r = genThrow(yf, exc);
      else {
        const m = getAttrOpt(yf, 'throw');
        if (m === undefined) {
          gen.running = false;
          return genSend(gen, None, exc);
        }
        try {
          r = { done: false, value: call(m, [exc]) };
        } catch (e) {
          if (e instanceof PyBaseExceptionObject && isInstance(e, StopIterationType)) r = { done: true, value: stopIterationValue(e) };
          else throw e;
        }
      }
    } catch (e) {
      gen.running = false;
      return genSend(gen, None, e as PyBaseExceptionObject);
    }
    gen.running = false;
    if (!r.done) return r;
    // The sub-iterator finished: pop it, continue after the SEND loop with its value.
    const fr = gen.frame;
    fr.sp--;
    const sendPc = fr.pc - 2;
    const word = fr.info.ops[sendPc];
    fr.pc = sendPc + 1 + (word >>> 8);
    return genSend(gen, r.value);
  }
  return genSend(gen, None, exc);
}

/** `gen.close()` (CPython `gen_close`). */
export function genClose(gen: PyGenerator): PyValue {
  const fr = gen.frame;
  if (fr.state === FRAME_CREATED) {
    fr.state = FRAME_DONE;
    return None;
  }
  if (fr.state === FRAME_DONE) return None;
  try {
    const r = genThrow(gen, newError(GeneratorExitType));
    if (!r.done) {
      throw newError(RuntimeErrorType, `${kindName(gen)} ignored GeneratorExit`);
    }
  } catch (e) {
    if (e instanceof PyBaseExceptionObject && (isInstance(e, GeneratorExitType) || isInstance(e, StopIterationType))) return None;
    throw e;
  }
  return None;
}

function finishSend(gen: PyGenerator, r: SendResult): PyValue {
  if (r.done) {
    if (gen.kind === KIND_ASYNC_GEN) throw newError(StopAsyncIterationType);
    throw stopIteration(r.value);
  }
  return r.value;
}

// ---------------------------------------------------------------------------
// Async generators: values yielded by the async generator body are wrapped
// (ASYNC_GEN_WRAP) to tell them apart from values an inner `await` passes up.
// ---------------------------------------------------------------------------

class PyAsyncGenWrapped extends PyObject {
  constructor(public readonly value: PyValue) {
    super();
    this.ob_type = AsyncGenWrappedType;
  }
}

/** ASYNC_GEN_WRAP. */
export function asyncGenWrap(v: PyValue): PyValue {
  return new PyAsyncGenWrapped(v);
}

/**
 * The awaitable returned by `agen.__anext__()` / `agen.asend(v)` /
 * `agen.athrow(...)`, and by `agen.aclose()` with `closing` set.
 */
class PyAsyncGenASend extends PyIteratorBase {
  private started = false;
  constructor(
    public readonly gen: PyGenerator,
    private readonly first: PyValue,
    private readonly firstExc?: PyBaseExceptionObject,
    private readonly closing = false,
  ) {
    super();
    this.ob_type = AsyncGenASendType;
  }
  step(v: PyValue, exc?: PyBaseExceptionObject): SendResult {
    if (this.closing) return this.stepClose(v, exc);
    let r: SendResult;
    if (!this.started) {
      this.started = true;
      if (this.firstExc !== undefined) r = genThrow(this.gen, this.firstExc);
      else r = genSend(this.gen, v === None ? this.first : v);
    } else r = exc !== undefined ? genThrow(this.gen, exc) : genSend(this.gen, v);
    if (r.done) throw newError(StopAsyncIterationType);
    if (r.value instanceof PyAsyncGenWrapped) throw stopIteration(r.value.value);
    return r;
  }
  /**
   * aclose() (CPython async_gen_athrow_send in aclose mode): throw
   * GeneratorExit in; the generator finishing, or raising GeneratorExit or
   * StopAsyncIteration, completes the await with None (so closing a finished
   * or never-started generator is a no-op); yielding a value instead is a
   * RuntimeError.
   */
  private stepClose(v: PyValue, exc?: PyBaseExceptionObject): SendResult {
    let r: SendResult;
    try {
      if (!this.started) {
        this.started = true;
        r = genThrow(this.gen, newError(GeneratorExitType));
      } else r = exc !== undefined ? genThrow(this.gen, exc) : genSend(this.gen, v);
    } catch (e) {
      if (e instanceof PyBaseExceptionObject && (isInstance(e, GeneratorExitType) || isInstance(e, StopAsyncIterationType))) throw stopIteration(None);
      throw e;
    }
    if (r.done) throw stopIteration(None);
    if (r.value instanceof PyAsyncGenWrapped) throw newError(RuntimeErrorType, 'async generator ignored GeneratorExit');
    return r;
  }
  next(): PyValue | undefined {
    return this.step(None).value;
  }
}

/** GET_AWAITABLE: the iterator to `await` on (CPython `_PyCoro_GetAwaitableIter`). */
export function getAwaitable(v: PyValue, where: number): PyValue {
  if (v instanceof PyGenerator) {
    if (v.kind === KIND_CORO) {
      if (yieldFromTarget(v) !== null) throw newError(RuntimeErrorType, 'coroutine is being awaited already');
      return v;
    }
    if (v.kind === KIND_GEN && v.frame.info.code.co_flags & CO_ITERABLE_COROUTINE) return v;
  }
  const aw = lookupSpecial(v, '__await__');
  if (aw === undefined) {
    const what = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : `object ${typeOf(v).tp_name} can't be used in 'await' expression`;
    throw newError(TypeErrorType, where === 1 || where === 2 ? what + typeOf(v).tp_name : what);
  }
  const it = call(aw, []);
  if (it instanceof PyGenerator && it.kind === KIND_CORO) throw newError(TypeErrorType, '__await__() returned a coroutine');
  if (lookupSpecial(it, '__next__') === undefined && !(it instanceof PyIteratorBase)) {
    throw newError(TypeErrorType, `__await__() returned non-iterator of type '${typeOf(it).tp_name}'`);
  }
  return it;
}

class PyCoroWrapper extends PyIteratorBase {
  constructor(public readonly coro: PyGenerator) {
    super();
    this.ob_type = CoroWrapperType;
  }
  next(): PyValue | undefined {
    return genIterNext(this.coro);
  }
}

// ---------------------------------------------------------------------------
// Python-visible methods
// ---------------------------------------------------------------------------

function G(v: PyValue): PyGenerator {
  if (!(v instanceof PyGenerator)) throw newError(TypeErrorType, 'descriptor requires a generator object');
  return v;
}

let installed = false;
/** Attach the methods of generator/coroutine/async-generator objects. Idempotent. */
export function installGenerators(): void {
  if (installed) return;
  installed = true;
  for (const T of [GeneratorType, CoroutineType]) {
    defineMethods(T, {
      send: (args) => finishSend(G(args[0]), genSend(G(args[0]), args.length > 1 ? args[1] : None)),
      throw: (args) => finishSend(G(args[0]), genThrow(G(args[0]), makeThrown(args[1], args.length > 2 ? args[2] : None, args.length > 3 ? args[3] : None))),
      close: (args) => genClose(G(args[0])),
      __repr__: (args) => `<${T === CoroutineType ? 'coroutine' : 'generator'} object ${G(args[0]).qualname} at 0x${objectId(args[0] as PyObject).toString(16)}>`,
    });
    const pre = T === CoroutineType ? 'cr' : 'gi';
    defineGetSet(T, `${pre}_running`, (o) => G(o).running);
    defineGetSet(T, `${pre}_frame`, (o) => (G(o).frame.state === FRAME_DONE ? None : frameObject(G(o).frame)));
    defineGetSet(T, `${pre}_code`, (o) => G(o).frame.info.pyCode);
    defineGetSet(T, `${pre}_suspended`, (o) => G(o).frame.state === FRAME_SUSPENDED);
    defineGetSet(T, '__name__', (o) => G(o).name, (o, v) => {
      if (typeof v !== 'string') throw newError(TypeErrorType, '__name__ must be set to a string object');
      G(o).name = v;
    });
    defineGetSet(T, '__qualname__', (o) => G(o).qualname, (o, v) => {
      if (typeof v !== 'string') throw newError(TypeErrorType, '__qualname__ must be set to a string object');
      G(o).qualname = v;
    });
  }
  defineGetSet(GeneratorType, 'gi_yieldfrom', (o) => yieldFromTarget(G(o)) ?? None);
  defineGetSet(CoroutineType, 'cr_await', (o) => yieldFromTarget(G(o)) ?? None);
  defineMethods(GeneratorType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const g = G(args[0]);
      const r = genSend(g, None);
      if (r.done) throw stopIteration(r.value);
      return r.value;
    },
  });
  defineMethods(CoroutineType, {
    __await__: (args) => new PyCoroWrapper(G(args[0])),
  });
  defineMethods(CoroWrapperType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const w = args[0] as PyCoroWrapper;
      return finishSend(w.coro, genSend(w.coro, None));
    },
    send: (args) => finishSend((args[0] as PyCoroWrapper).coro, genSend((args[0] as PyCoroWrapper).coro, args[1])),
    throw: (args) => {
      const c = (args[0] as PyCoroWrapper).coro;
      return finishSend(c, genThrow(c, makeThrown(args[1], args.length > 2 ? args[2] : None, args.length > 3 ? args[3] : None)));
    },
    close: (args) => genClose((args[0] as PyCoroWrapper).coro),
  });
  // async generators
  defineMethods(AsyncGeneratorType, {
    __aiter__: (args) => args[0],
    __anext__: (args) => new PyAsyncGenASend(G(args[0]), None),
    asend: (args) => new PyAsyncGenASend(G(args[0]), args[1]),
    athrow: (args) => new PyAsyncGenASend(G(args[0]), None, makeThrown(args[1], args.length > 2 ? args[2] : None, args.length > 3 ? args[3] : None)),
    aclose: (args) => new PyAsyncGenASend(G(args[0]), None, undefined, true),
    __repr__: (args) => `<async_generator object ${G(args[0]).qualname} at 0x${objectId(args[0] as PyObject).toString(16)}>`,
  });
  defineGetSet(AsyncGeneratorType, '__name__', (o) => G(o).name);
  defineGetSet(AsyncGeneratorType, '__qualname__', (o) => G(o).qualname);
  defineMethods(AsyncGenASendType, {
    __await__: (args) => args[0],
    __iter__: (args) => args[0],
    __next__: (args) => (args[0] as PyAsyncGenASend).step(None).value,
    send: (args) => (args[0] as PyAsyncGenASend).step(args[1]).value,
    throw: (args) => (args[0] as PyAsyncGenASend).step(None, makeThrown(args[1], args.length > 2 ? args[2] : None, args.length > 3 ? args[3] : None)).value,
    close: () => None,
  });
}
