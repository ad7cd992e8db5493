import { accreditationManifest } from '../accreditation/accreditation.manifest';
import { arrangementsManifest } from '../arrangements/arrangements.manifest';
import { deadlinesManifest } from '../deadlines/deadlines.manifest';
import { personalDataManifest } from '../personal-data/personal-data.manifest';
import { CapabilityManifest, StreamKind } from '../kernel/manifest';
import { Projection } from '../kernel/projection';

/** Every capability of the engine. A new capability joins here, and only here. */
export const ENGINE_MANIFESTS: readonly CapabilityManifest[] = [
  accreditationManifest,
  arrangementsManifest,
  deadlinesManifest,
  personalDataManifest,
];

/** Fresh instances of every projection, in registration order. */
export function engineProjections(): Projection[] {
  return ENGINE_MANIFESTS.flatMap((manifest) => manifest.projections.map((make) => make()));
}

/** Every kind of stream with its decider (the decision replay's registry). */
export const ENGINE_STREAMS: readonly StreamKind[] = ENGINE_MANIFESTS.flatMap((manifest) => manifest.streams);

/** The engine's streams: every stream the engine writes belongs to one of its deciders. */
export const ENGINE_STREAM_PREFIXES: readonly string[] = ENGINE_STREAMS.map((kind) => kind.prefix);
