/**
 * Between tests, give the worker's event loop one full turn. Many tests run
 * child processes synchronously (spawnSync); awaiting between them only runs
 * microtasks, so vitest's own messages to the main process (onTaskUpdate)
 * would wait, unanswered, until the whole file ends — and a file longer than
 * vitest's 60 s RPC timeout then fails with "Timeout calling onTaskUpdate"
 * although every test passed (vitest issue #6479; seen on a loaded machine).
 */
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
