/**
 * Node built-in modules that some native Python modules need but most runs
 * never touch, loaded on first use. Loading `node:crypto` or `node:tty`
 * (which pulls in net and streams) at start-up costs milliseconds on every
 * run of every program, and `tspy run` of a short program is mostly start-up.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let cryptoMod: typeof import('node:crypto') | undefined;
let ttyMod: typeof import('node:tty') | undefined;

/** `node:crypto`, loaded on the first call. */
export function nodeCrypto(): typeof import('node:crypto') {
  return (cryptoMod ??= load('node:crypto') as typeof import('node:crypto'));
}

/** `node:tty`, loaded on the first call. */
export function nodeTty(): typeof import('node:tty') {
  return (ttyMod ??= load('node:tty') as typeof import('node:tty'));
}
