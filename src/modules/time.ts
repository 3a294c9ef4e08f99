/**
 * The `time` module (CPython Modules/timemodule.c): clocks, sleep, struct_time,
 * gmtime/localtime/mktime, strftime/asctime/ctime (C-locale formatting).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type PyValue, PyFloat, PyBuiltinFunction, None, TypeErrorType, ValueErrorType, OverflowErrorType, newError, typeName } from '../runtime/object.js';
import { toFloat, iterToArray, index as pyIndex } from '../runtime/abstract.js';
import { checkPositional, oneArg } from '../runtime/args.js';
import { makeStructSeqType, newStructSeq } from './structseq.js';
import { call, getAttr } from '../runtime/attr.js';
import { PyTuple } from '../runtime/tuple.js';
import { importAbsolute } from '../importer/importer.js';

const F = (x: number) => new PyFloat(x);

export const StructTimeType = makeStructSeqType('time', 'struct_time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
]);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const startHr = process.hrtime.bigint();

function nowSeconds(): number {
  return Date.now() / 1000;
}

function tmFromDate(d: Date, utc: boolean): PyValue[] {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = utc ? d.getUTCMonth() : d.getMonth();
  const mday = utc ? d.getUTCDate() : d.getDate();
  const wdayJs = utc ? d.getUTCDay() : d.getDay();
  const start = Date.UTC(y, 0, 1);
  const yday = Math.floor((Date.UTC(y, mon, mday) - start) / 86400000) + 1;
  let isdst = 0;
  if (!utc) {
    const jan = new Date(y, 0, 1).getTimezoneOffset();
    const jul = new Date(y, 6, 1).getTimezoneOffset();
    isdst = Math.max(jan, jul) !== d.getTimezoneOffset() ? 1 : 0;
  }
  return [
    y,
    mon + 1,
    mday,
    utc ? d.getUTCHours() : d.getHours(),
    utc ? d.getUTCMinutes() : d.getMinutes(),
    utc ? d.getUTCSeconds() : d.getSeconds(),
    (wdayJs + 6) % 7,
    yday,
    isdst,
  ];
}

function secondsArg(args: PyValue[]): number {
  if (args.length === 0 || args[0] === None) return nowSeconds();
  const x = toFloat(args[0]);
  if (!Number.isFinite(x)) throw newError(x !== x ? ValueErrorType : OverflowErrorType, x !== x ? 'Invalid value NaN (not a number)' : 'timestamp out of range for platform time_t');
  return x;
}

function gmtime(args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('gmtime', args, kw, 0, 1);
  const s = Math.floor(secondsArg(args));
  return newStructSeq(StructTimeType, tmFromDate(new Date(s * 1000), true));
}

function localtime(args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('localtime', args, kw, 0, 1);
  const s = Math.floor(secondsArg(args));
  return newStructSeq(StructTimeType, tmFromDate(new Date(s * 1000), false));
}

/** A time tuple argument → its 9 numeric fields. */
function tmArg(fname: string, v: PyValue | undefined): number[] {
  if (v === undefined) return tmFromDate(new Date(), false).map(Number);
  const items = iterToArray(v);
  if (items.length !== 9) throw newError(TypeErrorType, `${fname}(): illegal time tuple argument`);
  return items.map((x) => {
    if (typeof x === 'number') return x;
    if (typeof x === 'bigint' || typeof x === 'boolean') return Number(x);
    if (x instanceof PyFloat) throw newError(TypeErrorType, "'float' object cannot be interpreted as an integer");
    return Number(pyIndex(x));
  });
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** ISO 8601 year and week of a (year, yday 1-based, wday Monday=0) date (glibc iso_week_days). */
function isoYearWeek(year: number, yday: number, wday: number): [number, number] {
  // days from the Monday of ISO week 1 of `y` to day `yd` (0-based) with weekday `wd`
  const weekDays = (yd: number, wd: number) => yd - ((yd - wd + 382) % 7) + 3;
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const yd = yday - 1;
  const wd = (wday + 1) % 7; // Sunday = 0, as in struct tm
  let days = weekDays(yd, wd);
  let y = year;
  if (days < 0) {
    y--;
    days = weekDays(yd + (isLeap(y) ? 366 : 365), wd);
  } else {
    const d = weekDays(yd - (isLeap(year) ? 366 : 365), wd);
    if (d >= 0) {
      y++;
      days = d;
    }
  }
  return [y, Math.floor(days / 7) + 1];
}

/**
 * C-locale strftime with glibc's conventions (what CPython on Linux passes
 * through to): flags `-` (no padding), `_` (spaces), `0` (zeros), `^` (upper
 * case), `#` (swap case), a field width, the ignored E/O modifiers, and an
 * unknown conversion copied literally (padded to the width).
 */
export function strftime(fmt: string, tm: number[]): string {
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = tm;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt[i++];
    if (c !== '%') {
      out += c;
      continue;
    }
    const start = i - 1;
    let pad = '';
    let upcase = false;
    let swap = false;
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === '_' || f === '-' || f === '0') pad = f;
      else if (f === '^') upcase = true;
      else if (f === '#') swap = true;
      else break;
    }
    let width = -1;
    if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
      width = 0;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') width = width * 10 + fmt.charCodeAt(i++) - 48;
    }
    let modifier = '';
    if (i < n && (fmt[i] === 'E' || fmt[i] === 'O')) modifier = fmt[i++];
    const d = i < n ? fmt[i++] : '';
    /** A number with its default digit count and pad ('0', ' ', or '' for none). */
    const num = (v: number, digits: number, defPad: string): string => {
      const neg = v < 0;
      let body = String(Math.abs(v));
      const p = pad === '-' ? '' : pad === '_' ? ' ' : pad === '0' ? '0' : defPad;
      let w = digits;
      if (width >= 0) w = width;
      const fill = p === '' ? (width >= 0 ? ' ' : '') : p;
      if (neg) body = '-' + body;
      return fill && body.length < w ? fill.repeat(w - body.length) + body : body;
    };
    const yearish = (v: number, digits: number): string => num(v, pad === '0' ? digits : 1, width >= 0 ? '0' : '');
    /** A text conversion: case flags, then width padding (spaces, or zeros with '0'). */
    const text = (t: string, swapLower = false): string => {
      if (upcase) t = t.toUpperCase();
      else if (swap) t = swapLower ? t.toLowerCase() : t.toUpperCase();
      if (width > t.length) t = (pad === '0' ? '0' : ' ').repeat(width - t.length) + t;
      return t;
    };
    let piece: string | undefined;
    switch (modifier === 'E' ? (('cCxXyY'.includes(d) && d) || '') : modifier === 'O' ? (('deHIlmMSuUVwWy'.includes(d) && d) || '') : d) {
      case 'Y': piece = yearish(year, 4); break;
      case 'C': piece = yearish(Math.floor(year / 100), 2); break;
      case 'G': piece = yearish(isoYearWeek(year, yday, wday)[0], 4); break;
      case 'y': piece = num(((year % 100) + 100) % 100, 2, '0'); break;
      case 'g': piece = num(((isoYearWeek(year, yday, wday)[0] % 100) + 100) % 100, 2, '0'); break;
      case 'm': piece = num(mon, 2, '0'); break;
      case 'd': piece = num(mday, 2, '0'); break;
      case 'e': piece = num(mday, 2, ' '); break;
      case 'H': piece = num(hour, 2, '0'); break;
      case 'k': piece = num(hour, 2, ' '); break;
      case 'I': piece = num(hour12, 2, '0'); break;
      case 'l': piece = num(hour12, 2, ' '); break;
      case 'M': piece = num(min, 2, '0'); break;
      case 'S': piece = num(sec, 2, '0'); break;
      case 'j': piece = num(yday, 3, '0'); break;
      case 'w': piece = num((wday + 1) % 7, 1, '0'); break;
      case 'u': piece = num(wday + 1, 1, '0'); break;
      case 'U': piece = num(Math.floor((yday - 1 + 7 - ((wday + 1) % 7)) / 7), 2, '0'); break;
      case 'W': piece = num(Math.floor((yday - 1 + 7 - wday) / 7), 2, '0'); break;
      case 'V': piece = num(isoYearWeek(year, yday, wday)[1], 2, '0'); break;
      case 's': piece = num(Math.floor(new Date(year, mon - 1, mday, hour, min, sec).getTime() / 1000), 1, '0'); break;
      case 'p': piece = text(hour < 12 ? 'AM' : 'PM', true); break;
      case 'P': piece = text(hour < 12 ? 'am' : 'pm'); break;
      case 'a': piece = text(DAYS[wday].slice(0, 3)); break;
      case 'A': piece = text(DAYS[wday]); break;
      case 'b': case 'h': piece = text(MONTHS[mon - 1].slice(0, 3)); break;
      case 'B': piece = text(MONTHS[mon - 1]); break;
      case 'c': piece = text(`${DAYS[wday].slice(0, 3)} ${MONTHS[mon - 1].slice(0, 3)} ${pad2(mday, ' ')} ${pad2(hour)}:${pad2(min)}:${pad2(sec)} ${year}`); break;
      case 'x': case 'D': piece = text(`${pad2(mon)}/${pad2(mday)}/${pad2(((year % 100) + 100) % 100)}`); break;
      case 'X': case 'T': piece = text(`${pad2(hour)}:${pad2(min)}:${pad2(sec)}`); break;
      case 'F': piece = text(`${year}-${pad2(mon)}-${pad2(mday)}`); break;
      case 'R': piece = text(`${pad2(hour)}:${pad2(min)}`); break;
      case 'r': piece = text(`${pad2(hour12)}:${pad2(min)}:${pad2(sec)} ${hour < 12 ? 'AM' : 'PM'}`); break;
      // a time tuple with tm_isdst -1 (datetime.timetuple()) has no zone
      case 'Z': piece = text(isdst < 0 ? '' : tzName(), true); break;
      case 'z': piece = isdst < 0 ? '' : text(tzOffset()); break;
      case 'n': piece = text('\n'); break;
      case 't': piece = text('\t'); break;
      case '%': piece = text('%'); break;
      default: {
        const lit = fmt.slice(start, i);
        piece = width > lit.length ? ' '.repeat(width - lit.length) + lit : lit;
      }
    }
    out += piece;
  }
  return out;
}

function pad2(v: number, c = '0'): string {
  return String(v).padStart(2, c);
}

function tzName(): string {
  const m = /\(([^)]+)\)$/.exec(new Date().toString());
  const name = m ? m[1] : 'UTC';
  if (name === 'Coordinated Universal Time') return 'UTC';
  return name.split(' ').map((w) => w[0]).join('');
}

function tzOffset(): string {
  const off = -new Date().getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${sign}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

function asctime(tm: number[]): string {
  const [year, mon, mday, hour, min, sec, wday] = tm;
  return `${DAYS[wday].slice(0, 3)} ${MONTHS[mon - 1].slice(0, 3)} ${pad(mday, 2, ' ')} ${pad(hour)}:${pad(min)}:${pad(sec)} ${year}`;
}

function sleepMs(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * tzname as glibc sets it: the standard and daylight-saving names of the
 * local zone's POSIX rule (the TZ variable, or the rule at the end of its
 * TZif file: TZ=Zone/Name or /etc/localtime), e.g. ['EST', 'EDT'].
 */
function zoneNames(): [string, string] {
  let rule = process.env.TZ;
  if (rule !== undefined && rule.startsWith(':')) rule = rule.slice(1);
  let file: string | null = null;
  if (rule === undefined || rule === '') file = '/etc/localtime';
  else if (!/^(<[^>]+>|[A-Za-z]{3,})[-+]?[0-9]/.test(rule)) file = path.join('/usr/share/zoneinfo', rule);
  if (file !== null) {
    try {
      const data = fs.readFileSync(file);
      const text = data.toString('latin1');
      const end = text.lastIndexOf('\n', text.length - 2);
      rule = text.startsWith('TZif') && end >= 0 && text.endsWith('\n') ? text.slice(end + 1, -1) : '';
    } catch {
      rule = '';
    }
  }
  const names = /^(<[^>]*>|[A-Za-z]+)[-+]?[0-9:]+(<[^>]*>|[A-Za-z]+)?/.exec(rule ?? '');
  if (names === null) return ['UTC', 'UTC'];
  const strip = (n: string) => n.replace(/^<|>$/g, '');
  const std = strip(names[1]);
  return [std, names[2] ? strip(names[2]) : std];
}

/** time.get_clock_info's answers, as on Linux: clock id, monotonic, adjustable. */
const CLOCKS = new Map<string, [string, boolean, boolean]>([
  ['time', ['CLOCK_REALTIME', false, true]],
  ['monotonic', ['CLOCK_MONOTONIC', true, false]],
  ['perf_counter', ['CLOCK_MONOTONIC', true, false]],
  ['process_time', ['CLOCK_PROCESS_CPUTIME_ID', true, false]],
  ['thread_time', ['CLOCK_THREAD_CPUTIME_ID', true, false]],
]);

/** The `time` module's attributes. */
export function timeModuleEntries(): [string, PyValue][] {
  const fns: [string, (a: PyValue[], k: readonly string[] | null) => PyValue][] = [
    ['time', () => F(nowSeconds())],
    ['time_ns', () => BigInt(Date.now()) * 1000000n],
    ['perf_counter', () => F(Number(process.hrtime.bigint() - startHr) / 1e9)],
    ['perf_counter_ns', () => normBig(process.hrtime.bigint() - startHr)],
    ['monotonic', () => F(Number(process.hrtime.bigint()) / 1e9)],
    ['monotonic_ns', () => normBig(process.hrtime.bigint())],
    ['process_time', () => F(process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6)],
    ['process_time_ns', () => (process.cpuUsage().user + process.cpuUsage().system) * 1000],
    ['thread_time', () => F(process.cpuUsage().user / 1e6)],
    [
      'sleep',
      (a, k) => {
        const v = oneArg('sleep', a, k);
        if (typeof v === 'string') throw newError(TypeErrorType, `'str' object cannot be interpreted as an integer`);
        const s = toFloat(v);
        if (s < 0) throw newError(ValueErrorType, 'sleep length must be non-negative');
        sleepMs(s * 1000);
        return None;
      },
    ],
    ['gmtime', gmtime],
    ['localtime', localtime],
    [
      'mktime',
      (a, k) => {
        const tm = tmArg('mktime', oneArg('mktime', a, k));
        return F(new Date(tm[0], tm[1] - 1, tm[2], tm[3], tm[4], tm[5]).getTime() / 1000);
      },
    ],
    [
      'strftime',
      (a, k) => {
        checkPositional('strftime', a, k, 1, 2);
        const fmt = a[0];
        if (typeof fmt !== 'string') throw newError(TypeErrorType, `strftime() argument 1 must be str, not ${typeName(fmt)}`);
        return strftime(fmt, tmArg('strftime', a[1]));
      },
    ],
    [
      'strptime',
      // As in CPython, the parsing is done by the _strptime module.
      (a, k) => {
        checkPositional('strptime', a, k, 1, 2);
        return call(getAttr(importAbsolute('_strptime'), '_strptime_time'), a);
      },
    ],
    [
      'asctime',
      (a, k) => {
        checkPositional('asctime', a, k, 0, 1);
        return asctime(tmArg('asctime', a[0]));
      },
    ],
    [
      'ctime',
      (a, k) => {
        checkPositional('ctime', a, k, 0, 1);
        const s = Math.floor(secondsArg(a));
        return asctime(tmFromDate(new Date(s * 1000), false).map(Number));
      },
    ],
  ];
  fns.push([
    'get_clock_info',
    (a, k) => {
      checkPositional('get_clock_info', a, k, 1, 1);
      const clock = CLOCKS.get(a[0] as string);
      if (typeof a[0] !== 'string' || clock === undefined) throw newError(ValueErrorType, 'unknown clock');
      const [impl, monotonic, adjustable] = clock;
      const ns = getAttr(importAbsolute('types'), 'SimpleNamespace');
      return call(ns, [`clock_gettime(${impl})`, monotonic, adjustable, F(1e-9)], ['implementation', 'monotonic', 'adjustable', 'resolution']);
    },
  ]);
  const out: [string, PyValue][] = fns.map(([n, f]) => [n, new PyBuiltinFunction(n, f, null, n, 'time')]);
  const jan = new Date(new Date().getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(new Date().getFullYear(), 6, 1).getTimezoneOffset();
  out.push(['struct_time', StructTimeType], ['timezone', Math.max(jan, jul) * 60], ['altzone', Math.min(jan, jul) * 60], ['daylight', jan !== jul ? 1 : 0]);
  out.push(['tzname', new PyTuple(zoneNames())]);
  return out;
}

function normBig(b: bigint): number | bigint {
  return b <= 9007199254740991n ? Number(b) : b;
}

