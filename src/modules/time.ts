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

/** C-locale `strptime` (Lib/_strptime.py semantics for the common directives). */
export function strptime(data: string, fmt: string): number[] {
  let re = '^';
  const groups: string[] = [];
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '%' && i + 1 < fmt.length) {
      const d = fmt[++i];
      const g = (name: string, pat: string) => {
        groups.push(name);
        re += `(${pat})`;
      };
      switch (d) {
        case 'Y': g('Y', '\\d\\d\\d\\d'); break;
        case 'y': g('y', '\\d\\d'); break;
        case 'm': g('m', '1[0-2]|0[1-9]|[1-9]'); break;
        case 'd': g('d', '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]'); break;
        case 'H': g('H', '2[0-3]|[0-1]\\d|\\d'); break;
        case 'I': g('I', '1[0-2]|0[1-9]|[1-9]'); break;
        case 'M': g('M', '[0-5]\\d|\\d'); break;
        case 'S': g('S', '6[0-1]|[0-5]\\d|\\d'); break;
        case 'f': g('f', '[0-9]{1,6}'); break;
        case 'j': g('j', '36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]'); break;
        case 'p': g('p', 'am|pm'); break;
        case 'a': g('a', DAYS.map((x) => x.slice(0, 3)).join('|')); break;
        case 'A': g('A', DAYS.join('|')); break;
        case 'b': case 'h': g('b', MONTHS.map((x) => x.slice(0, 3)).join('|')); break;
        case 'B': g('B', MONTHS.join('|')); break;
        case 'w': g('w', '[0-6]'); break;
        case 'z': g('z', '[+-]\\d\\d:?[0-5]\\d|Z'); break;
        case 'Z': g('Z', '[A-Za-z]+'); break;
        case '%': re += '%'; break;
        default: throw newError(ValueErrorType, `'${d}' is a bad directive in format '%${d}'`);
      }
    } else if (/\s/.test(c)) {
      re += '\\s+';
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const m = new RegExp(re, 'i').exec(data);
  if (!m) throw newError(ValueErrorType, `time data ${JSON.stringify(data).replace(/^"|"$/g, "'")} does not match format '${fmt}'`);
  if (m[0].length !== data.length) throw newError(ValueErrorType, `unconverted data remains: ${data.slice(m[0].length)}`);
  let year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, yday = -1, wday = -1;
  let pm: boolean | null = null;
  groups.forEach((name, idx) => {
    const v = m[idx + 1];
    const lower = v.toLowerCase();
    switch (name) {
      case 'Y': year = Number(v); break;
      case 'y': year = Number(v) + (Number(v) <= 68 ? 2000 : 1900); break;
      case 'm': month = Number(v); break;
      case 'd': day = Number(v); break;
      case 'H': hour = Number(v); break;
      case 'I': hour = Number(v) % 12; break;
      case 'M': minute = Number(v); break;
      case 'S': second = Number(v); break;
      case 'j': yday = Number(v); break;
      case 'p': pm = lower === 'pm'; break;
      case 'a': wday = DAYS.findIndex((x) => x.slice(0, 3).toLowerCase() === lower); break;
      case 'A': wday = DAYS.findIndex((x) => x.toLowerCase() === lower); break;
      case 'b': month = MONTHS.findIndex((x) => x.slice(0, 3).toLowerCase() === lower) + 1; break;
      case 'B': month = MONTHS.findIndex((x) => x.toLowerCase() === lower) + 1; break;
      case 'w': wday = (Number(v) + 6) % 7; break;
    }
  });
  if (pm === true) hour += 12;
  if (yday > 0 && !groups.includes('m') && !groups.includes('d')) {
    const dt = new Date(Date.UTC(year, 0, yday));
    month = dt.getUTCMonth() + 1;
    day = dt.getUTCDate();
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  const computedYday = Math.floor((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  const computedWday = (date.getUTCDay() + 6) % 7;
  return [year, month, day, hour, minute, second, wday >= 0 && !groups.includes('d') ? wday : computedWday, yday > 0 ? yday : computedYday, -1];
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
      'strptime',
      (a, k) => {
        checkPositional('strptime', a, k, 1, 2);
        const data = a[0];
        const fmt = a.length > 1 ? a[1] : '%a %b %d %H:%M:%S %Y';
        if (typeof data !== 'string') throw newError(TypeErrorType, `strptime() argument 0 must be str, not ${typeName(data)}`);
        if (typeof fmt !== 'string') throw newError(TypeErrorType, `strptime() argument 1 must be str, not ${typeName(fmt)}`);
        return newStructSeq(StructTimeType, strptime(data, fmt));
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

