import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';
import { EventVersions, UpcasterTable } from '../kernel/manifest';
import { ENGINE_MANIFESTS, ENGINE_STREAMS } from './manifests';

/** Every event type of every kind of stream at its current schema version; a type claimed twice is refused. */
export function engineEventVersions(): EventVersions {
  const versions: Record<string, number> = {};
  for (const kind of ENGINE_STREAMS) {
    for (const [type, version] of Object.entries(kind.events)) {
      if (Object.hasOwn(versions, type)) throw new RangeError(`Event type "${type}" is declared by two kinds of stream.`);
      versions[type] = version;
    }
  }
  return versions;
}

function engineUpcasterTable(): UpcasterTable {
  return Object.assign({}, ...ENGINE_MANIFESTS.map((manifest) => manifest.upcasters ?? {})) as UpcasterTable;
}

/** The registry through which stored events reach the deciders and the projections. */
export const engineUpcasters = new UpcasterRegistry(engineEventVersions(), engineUpcasterTable());
