/**
 * Worker thread of `tspy compile -j N`: compiles its share of the files and
 * posts back `[file, outcome]` pairs (printing is left to the main thread so
 * the output order is the sequential run's).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileOne } from './compileall.js';
import type { FileOutcome } from './compileall.js';
import type { InvalidationMode } from './format.js';
import { initHasher } from './hash.js';
import { loadCompiler } from './compiler_link.js';

interface Job {
  files: string[];
  mode: InvalidationMode;
  prefix: string | null;
  force: boolean;
}

async function run(): Promise<void> {
  const job = workerData as Job;
  await Promise.all([initHasher(), loadCompiler()]);
  const out: [string, FileOutcome][] = job.files.map((f) => [f, compileOne(f, job.mode, job.prefix, job.force)]);
  parentPort!.postMessage(out);
}

void run();
