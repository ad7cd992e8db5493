import { parallelRebuildFor } from '../audit/audit-paths';
import { DeciderRegistry } from '../audit/decider-registry';
import { RebuildOptions } from '../audit/projection-rebuild';
import { AppConfig } from '../platform/config';
import { engineUpcasters } from './engine-upcasters';
import { ENGINE_STREAMS } from './manifests';
import { REBUILD_CATALOGUE_MODULE } from './rebuild-catalogue';

/** The decision replay's registry: every stream kind of every capability. */
export function engineDeciderRegistry(): DeciderRegistry {
  return new DeciderRegistry(ENGINE_STREAMS, engineUpcasters);
}

/** How the audit rebuilds the engine's projections for the configured store. */
export function engineRebuildOptions(config: AppConfig): Pick<RebuildOptions, 'upcasters' | 'parallel'> {
  return { upcasters: engineUpcasters, parallel: parallelRebuildFor(config, REBUILD_CATALOGUE_MODULE) };
}
