import { resolve } from 'node:path';
import type { RebuildCatalogue } from '../audit/partition-rebuild';
import { engineUpcasters } from './engine-upcasters';
import { engineProjections } from './manifests';

/** What an audit rebuild worker makes for itself: the engine's projections and upcasters. */
export const rebuildCatalogue: RebuildCatalogue = { projections: engineProjections, upcasters: engineUpcasters };

/**
 * This module, compiled, for worker threads to load. Compiled (CommonJS) code knows its own file;
 * under Jest (ES modules, no __filename) it is the build's copy, which `npm test` makes first.
 */
export const REBUILD_CATALOGUE_MODULE = typeof __filename === 'string' ? __filename : resolve('dist/src/engine/rebuild-catalogue.js');
