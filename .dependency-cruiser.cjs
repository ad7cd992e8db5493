/**
 * Which way dependencies point (README, "Architecture"). Run by `npm test` (`npm run lint:deps`).
 *
 *   kernel  <-  event-store  <-  platform  <-  capabilities (accreditation, arrangements, deadlines, audit, documents, live, personal-data)  <-  engine  <-  main
 *
 * A capability uses another only through its `<capability>.public.ts`; a capability's domain/ is pure.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const CAPABILITIES = '(accreditation|arrangements|deadlines|audit|documents|live|personal-data)';

module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-nothing',
      severity: 'error',
      comment: 'src/kernel holds what every part shares; it imports no other folder of the project and no package.',
      from: { path: '^src/kernel/' },
      to: { pathNot: '^src/kernel/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: "A capability's domain/ imports only the kernel and its own domain (and immutable collections): no framework, no I/O.",
      from: { path: '^src/([^/]+)/domain/' },
      to: { pathNot: ['^src/kernel/', '^src/$1/domain/', '^node_modules/immutable/'] },
    },
    {
      name: 'event-store-imports-only-the-kernel',
      severity: 'error',
      comment: 'The event store and its adapters know events, not capabilities, HTTP or the composition root.',
      from: { path: '^src/event-store/' },
      to: { path: '^src/', pathNot: ['^src/event-store/', '^src/kernel/'] },
    },
    {
      name: 'platform-knows-no-capability',
      severity: 'error',
      comment: 'The HTTP platform (config, auth, errors, idempotency) serves every capability and knows none.',
      from: { path: '^src/platform/' },
      to: { path: `^src/(${CAPABILITIES.slice(1, -1)}|engine)/` },
    },
    {
      name: 'capabilities-meet-through-public-interfaces',
      severity: 'error',
      comment: "A capability uses another only through that one's <capability>.public.ts.",
      from: { path: `^src/${CAPABILITIES}/` },
      to: { path: `^src/${CAPABILITIES}/`, pathNot: ['^src/$1/', '^src/[^/]+/[^/]+[.]public[.]ts$'] },
    },
    {
      name: 'only-the-entry-points-import-the-engine',
      severity: 'error',
      comment: 'src/engine is the composition root: nothing it assembles may depend on it.',
      from: { path: '^src/', pathNot: ['^src/engine/', '^src/main[.]ts$'] },
      to: { path: '^src/engine/' },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders depend on each other one way only.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module reaches itself through its imports.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'the-console-is-a-client',
      severity: 'error',
      comment: 'The web console (console/) knows the engine only through its HTTP API (console/src/api/schema.d.ts, generated).',
      from: { path: '^console/' },
      to: { path: '^(src|test|scripts|bench)/' },
    },
    {
      name: 'the-engine-knows-no-console',
      severity: 'error',
      comment: 'The engine serves the built console as files; no engine code imports it.',
      from: { path: '^(src|scripts|bench)/' },
      to: { path: '^console/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: "Vite's virtual modules (the console's theme stylesheet) and vite/client types exist only for Vite.",
      from: {},
      to: { couldNotResolve: true, pathNot: ['^virtual:', '^vite/client$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Module paths as imported (node_modules/...), also where node_modules is a symlink (a git worktree's).
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
