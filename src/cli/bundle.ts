/**
 * Entry of the single-file bundle that `tspy run` loads (scripts/bundle.mjs):
 * one module instead of ~120 saves most of Node's ES module loading at start-up
 * (DESIGN.md, "Start-up"). The compiler is linked statically here, so a cache
 * miss inside the bundle uses the bundle's own compiler and class identities
 * (PySyntaxError, CodeObject) stay single.
 */
import { compileSource } from '../compiler/index.js';
import { setCompiler } from '../cache/compiler_link.js';

setCompiler((source, filename, mode) => compileSource(source, filename, mode));

export { main, mainRun } from './main.js';
