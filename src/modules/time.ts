/**
 * The `time` module (CPython Modules/timemodule.c): clocks, sleep, struct_time,
 * gmtime/localtime/mktime, strftime/asctime/ctime (C-locale formatting).
 */
import { type PyValue, PyFloat, PyBuiltinFunction, None, TypeErrorType, ValueErrorType, OverflowErrorType, newError, typeName } from '../runtime/object.js';
import { toFloat, iterToArray, index as pyIndex } from '../runtime/abstract.js';
import { checkPositional, oneArg } from '../runtime/args.js';
import { makeStructSeqType, newStructSeq } from './structseq.js';

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

/** C-locale strftime. */
export function strftime(fmt: string, tm: number[]): string {
  const [year, mon, mday, hour, min, sec, wday, yday] = tm;
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i];
    switch (d) {
      case 'Y': out += String(year); break;
      case 'y': out += pad(((year % 100) + 100) % 100); break;
      case 'm': out += pad(mon); break;
      case 'd': out += pad(mday); break;
      case 'e': out += pad(mday, 2, ' '); break;
      case 'H': out += pad(hour); break;
      case 'I': out += pad(hour % 12 === 0 ? 12 : hour % 12); break;
      case 'M': out += pad(min); break;
      case 'S': out += pad(sec); break;
      case 'p': out += hour < 12 ? 'AM' : 'PM'; break;
      case 'a': out += DAYS[wday].slice(0, 3); break;
      case 'A': out += DAYS[wday]; break;
      case 'b': case 'h': out += MONTHS[mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[mon - 1]; break;
      case 'j': out += pad(yday, 3); break;
      case 'w': out += String((wday + 1) % 7); break;
      case 'u': out += String(wday + 1); break;
      case 'Z': out += tzName(); break;
      case 'z': out += tzOffset(); break;
      case 'c': out += `${DAYS[wday].slice(0, 3)} ${MONTHS[mon - 1].slice(0, 3)} ${pad(mday, 2, ' ')} ${pad(hour)}:${pad(min)}:${pad(sec)} ${year}`; break;
      case 'x': out += `${pad(mon)}/${pad(mday)}/${pad(((year % 100) + 100) % 100)}`; break;
      case 'X': case 'T': out += `${pad(hour)}:${pad(min)}:${pad(sec)}`; break;
      case 'D': out += `${pad(mon)}/${pad(mday)}/${pad(((year % 100) + 100) % 100)}`; break;
      case 'F': out += `${year}-${pad(mon)}-${pad(mday)}`; break;
      case 'R': out += `${pad(hour)}:${pad(min)}`; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'U': out += pad(Math.floor((yday - 1 + 7 - ((wday + 1) % 7)) / 7)); break;
      case 'W': out += pad(Math.floor((yday - 1 + 7 - wday) / 7)); break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
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
  const out: [string, PyValue][] = fns.map(([n, f]) => [n, new PyBuiltinFunction(n, f, null, n, 'time')]);
  const jan = new Date(new Date().getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(new Date().getFullYear(), 6, 1).getTimezoneOffset();
  out.push(['struct_time', StructTimeType], ['timezone', Math.max(jan, jul) * 60], ['altzone', Math.min(jan, jul) * 60], ['daylight', jan !== jul ? 1 : 0]);
  return out;
}

function normBig(b: bigint): number | bigint {
  return b <= 9007199254740991n ? Number(b) : b;
}

