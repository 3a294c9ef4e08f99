/**
 * `hashlib` on node:crypto (CPython Modules/_hashopenssl.c + Lib/hashlib.py):
 * md5, sha1, sha224, sha256, sha384, sha512, sha3_*, blake2b, blake2s, the
 * `new(name)` constructor, `pbkdf2_hmac`, and hash objects with `update`,
 * `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`.
 * blake2 objects support only their default digest size and no key/salt
 * (NotImplementedError otherwise): node exposes only blake2b512/blake2s256.
 */
import type * as crypto from 'node:crypto';
import { nodeCrypto } from '../runtime/node_lazy.js';
import {
  type PyValue, PyObject, PyType, PyBuiltinFunction, ObjectType, None, TypeErrorType, ValueErrorType,
  NotImplementedErrorType, FrozenSetType, newError, typeName, defineMethods, defineGetSet,
} from '../runtime/object.js';
import { parseArgs } from '../runtime/args.js';
import { PyBytes, bytesOf } from '../runtime/bytes.js';
import { PyTuple } from '../runtime/tuple.js';
import { index as pyIndex, objectId } from '../runtime/abstract.js';
import { setFromItems } from '../runtime/set.js';

interface Algo { node: string; digestSize: number; blockSize: number }
const ALGOS: Record<string, Algo> = {
  md5: { node: 'md5', digestSize: 16, blockSize: 64 },
  sha1: { node: 'sha1', digestSize: 20, blockSize: 64 },
  sha224: { node: 'sha224', digestSize: 28, blockSize: 64 },
  sha256: { node: 'sha256', digestSize: 32, blockSize: 64 },
  sha384: { node: 'sha384', digestSize: 48, blockSize: 128 },
  sha512: { node: 'sha512', digestSize: 64, blockSize: 128 },
  sha3_224: { node: 'sha3-224', digestSize: 28, blockSize: 144 },
  sha3_256: { node: 'sha3-256', digestSize: 32, blockSize: 136 },
  sha3_384: { node: 'sha3-384', digestSize: 48, blockSize: 104 },
  sha3_512: { node: 'sha3-512', digestSize: 64, blockSize: 72 },
  blake2b: { node: 'blake2b512', digestSize: 64, blockSize: 128 },
  blake2s: { node: 'blake2s256', digestSize: 32, blockSize: 64 },
};

/** `_hashlib.HASH`: a running hash. */
export const HashType = new PyType('HASH', [ObjectType], 0, '_hashlib');

class PyHash extends PyObject {
  constructor(public readonly algo: string, public h: crypto.Hash) {
    super();
    this.ob_type = HashType;
  }
}

function dataBytes(fname: string, v: PyValue): Uint8Array {
  if (typeof v === 'string') throw newError(TypeErrorType, 'Strings must be encoded before hashing');
  const b = bytesOf(v);
  if (b === undefined) throw newError(TypeErrorType, `object supporting the buffer API required`);
  return b;
}

const self = (o: PyValue): PyHash => {
  if (!(o instanceof PyHash)) throw newError(TypeErrorType, `descriptor requires a '_hashlib.HASH' object but received '${typeName(o)}'`);
  return o;
};

defineMethods(HashType, {
  update: (a) => {
    if (a.length !== 2) throw newError(TypeErrorType, `update() takes exactly one argument (${a.length - 1} given)`);
    self(a[0]).h.update(dataBytes('update', a[1]));
    return None;
  },
  digest: (a) => new PyBytes(new Uint8Array(self(a[0]).h.copy().digest())),
  hexdigest: (a) => self(a[0]).h.copy().digest('hex'),
  copy: (a) => {
    const s = self(a[0]);
    return new PyHash(s.algo, s.h.copy());
  },
  __repr__: (a) => `<${self(a[0]).algo} _hashlib.HASH object @ 0x${objectId(a[0] as PyObject).toString(16)}>`,
});
defineGetSet(HashType, 'name', (o) => self(o).algo);
defineGetSet(HashType, 'digest_size', (o) => ALGOS[self(o).algo].digestSize);
defineGetSet(HashType, 'block_size', (o) => ALGOS[self(o).algo].blockSize);

function makeHash(name: string, data: PyValue | undefined): PyHash {
  const algo = ALGOS[name];
  if (!algo) throw newError(ValueErrorType, `unsupported hash type ${name}`);
  const h = new PyHash(name, nodeCrypto().createHash(algo.node));
  if (data !== undefined && data !== None) h.h.update(dataBytes(name, data));
  return h;
}

const CTOR_SPEC = ['string?', '*', 'usedforsecurity?'];
const BLAKE_SPEC = ['data?', '/', '*', 'digest_size?', 'key?', 'salt?', 'person?', 'fanout?', 'depth?', 'leaf_size?', 'node_offset?', 'node_depth?', 'inner_size?', 'last_node?', 'usedforsecurity?'];
const NEW_SPEC = ['name', 'data?', '*', 'usedforsecurity?'];
const PBKDF2_SPEC = ['hash_name', 'password', 'salt', 'iterations', 'dklen?'];

/** The attributes of the `hashlib` module. */
export function hashlibModuleEntries(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const fn = (name: string, f: (a: PyValue[], k: readonly string[] | null) => PyValue) =>
    out.push([name, new PyBuiltinFunction(name, f, null, name, '_hashlib')]);
  for (const name of Object.keys(ALGOS)) {
    if (name.startsWith('blake2')) {
      fn(name, (a, k) => {
        const p = parseArgs(name, a, k, BLAKE_SPEC);
        const ds = p[1];
        if (ds !== undefined && Number(pyIndex(ds)) !== ALGOS[name].digestSize) {
          throw newError(NotImplementedErrorType, `${name}: digest_size other than ${ALGOS[name].digestSize} is not supported by tspy`);
        }
        for (let i = 2; i < 13; i++) {
          if (p[i] !== undefined) throw newError(NotImplementedErrorType, `${name}: keyed/personalised/tree hashing is not supported by tspy`);
        }
        return makeHash(name, p[0]);
      });
    } else {
      fn(name, (a, k) => makeHash(name, parseArgs(name, a, k, CTOR_SPEC)[0]));
    }
  }
  fn('new', (a, k) => {
    const [name, data] = parseArgs('new', a, k, NEW_SPEC);
    if (typeof name !== 'string') throw newError(TypeErrorType, `new() argument 'name' must be str, not ${typeName(name!)}`);
    const n = name.toLowerCase().replace('-', '_');
    return makeHash(ALGOS[n] ? n : name, data);
  });
  fn('pbkdf2_hmac', (a, k) => {
    const [hn, pw, salt, iters, dklen] = parseArgs('pbkdf2_hmac', a, k, PBKDF2_SPEC);
    if (typeof hn !== 'string' || !ALGOS[hn]) throw newError(ValueErrorType, `unsupported hash type ${String(hn)}`);
    const n = Number(pyIndex(iters!));
    if (n < 1) throw newError(ValueErrorType, 'iteration value must be greater than 0.');
    const len = dklen === undefined || dklen === None ? ALGOS[hn].digestSize : Number(pyIndex(dklen));
    const r = nodeCrypto().pbkdf2Sync(dataBytes('pbkdf2_hmac', pw!), dataBytes('pbkdf2_hmac', salt!), n, len, ALGOS[hn].node);
    return new PyBytes(new Uint8Array(r));
  });
  const names = Object.keys(ALGOS);
  out.push(['algorithms_guaranteed', setFromItems(names, FrozenSetType)]);
  out.push(['algorithms_available', setFromItems(names)]);
  out.push(['__all__', new PyTuple([...names, 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac'])]);
  return out;
}
