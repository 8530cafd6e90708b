// Hearth's architecture, checked: `npm run lint:deps` (part of `npm run lint`) fails when an
// import crosses a boundary below. docs/architecture.md draws the same picture.
//
//   web, cli      -> @hearth/api
//   manager       -> @hearth/api, @hearth/http, the agent's contract and its process launcher
//   agent         -> @hearth/firecracker, @hearth/http and its own contract
//   firecracker   -> nothing of ours
//   http          -> nothing of ours (shared by manager and agent)
//   api           -> nothing of ours
//
// Paths are the real files: workspace packages (`@hearth/agent/contract`) are followed
// through their node_modules symlinks to packages/<name>/src/..., so an import through the
// package name and a relative `../../agent/src/...` import are judged alike. Tests
// (packages/*/test, e2e, bench) may import anything; only import cycles are checked there.

/** Our workspace packages, as real paths. */
const OURS = '^packages/[^/]+/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'no-circular: this import closes a cycle. Modules in a cycle cannot be understood, ' +
        'tested or loaded one at a time; move the shared part into a module both can import.',
      from: { path: '^(packages/[^/]+/(src|scripts|bin)|scripts|e2e|bench)/' },
      to: { circular: true },
    },
    {
      name: 'firecracker-imports-nothing-of-ours',
      severity: 'error',
      comment:
        'firecracker-imports-nothing-of-ours: @hearth/firecracker (the Firecracker API client ' +
        'and simulator) is the bottom layer and must not import another Hearth package.',
      from: { path: '^packages/firecracker/(src|bin)/' },
      to: { path: OURS, pathNot: '^packages/firecracker/' },
    },
    {
      name: 'agent-not-manager-web-cli',
      severity: 'error',
      comment:
        'agent-not-manager-web-cli: the agent runs on every host and knows nothing of the ' +
        'control plane or its clients; never import the manager, web or cli from packages/agent/src.',
      from: { path: '^packages/agent/src/' },
      to: { path: '^packages/(manager|web|cli)/' },
    },
    {
      name: 'manager-agent-contract-and-process-only',
      severity: 'error',
      comment:
        'manager-agent-contract-and-process-only: the manager talks to agents over HTTP; of the ' +
        'agent it may import only the wire contract (@hearth/agent/contract) and the launcher ' +
        "(@hearth/agent/process), never the agent's internals. Export what you need from one of those.",
      from: { path: '^packages/manager/(src|scripts)/' },
      to: {
        path: '^packages/agent/',
        pathNot: '^packages/agent/src/(contract|process)/',
      },
    },
    {
      name: 'manager-not-firecracker',
      severity: 'error',
      comment:
        "manager-not-firecracker: Firecracker is the agent's business; the manager never imports " +
        '@hearth/firecracker. Ask the agent (its contract or host info) instead.',
      from: { path: '^packages/manager/(src|scripts)/' },
      to: { path: '^packages/firecracker/' },
    },
    {
      name: 'clients-api-only',
      severity: 'error',
      comment:
        'clients-api-only: the web UI and the CLI know the manager only through its public ' +
        'contract @hearth/api (packages/api/src); import nothing else of ours.',
      from: { path: '^packages/(web|cli)/src/', pathNot: '^packages/cli/src/commands/up\\.ts$' },
      to: { path: OURS, pathNot: '^packages/($1/|api/src/)' },
    },
    {
      name: 'cli-up-starts-the-manager-only',
      severity: 'error',
      comment:
        'cli-up-starts-the-manager-only: `hearth up` runs the all-in-one server in-process, so ' +
        "it imports the manager's composition root (packages/manager/src/main.ts) and nothing " +
        'else of the manager; every other command talks to the API over HTTP.',
      from: { path: '^packages/cli/src/commands/up\\.ts$' },
      to: { path: OURS, pathNot: '^packages/(cli/|api/src/|manager/src/main\\.ts$)' },
    },
    {
      name: 'api-imports-nothing-of-ours',
      severity: 'error',
      comment:
        'api-imports-nothing-of-ours: @hearth/api is the public vocabulary the manager, web and ' +
        'cli share; it must not import another Hearth package.',
      from: { path: '^packages/api/' },
      to: { path: OURS, pathNot: '^packages/api/' },
    },
    {
      name: 'http-imports-nothing-of-ours',
      severity: 'error',
      comment:
        "http-imports-nothing-of-ours: @hearth/http holds what the manager's and the agent's " +
        'HTTP servers share (log redaction, the shape of framework refusals); it must not ' +
        'import another Hearth package.',
      from: { path: '^packages/http/' },
      to: { path: OURS, pathNot: '^packages/http/' },
    },
    {
      name: 'agent-contract-self-contained',
      severity: 'error',
      comment:
        'agent-contract-self-contained: the agent contract (packages/agent/src/contract) is ' +
        'imported by the manager, so it holds only wire schemas: it may import other contract ' +
        'files and @sinclair/typebox, nothing else (no agent internals, no node: modules).',
      from: { path: '^packages/agent/src/contract/' },
      to: { pathNot: '^(packages/agent/src/contract/|node_modules/@sinclair/typebox/)' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment:
        'no-unresolvable: this import does not resolve to a file, so the rules above cannot ' +
        'judge it (a missing package export or a typo in a relative path).',
      from: { path: '^(packages|scripts|e2e|bench)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // npm packages stay in the graph as leaves (the contract rule needs to see them);
    // `exclude` would drop the edges to them as well. The scan roots in package.json's
    // lint:deps name source folders only, so no node_modules is scanned.
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)dist/' },
    // `import type` is an import too: a type-only edge still couples two layers.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // follow node_modules/@hearth/* symlinks to packages/* so rules see real paths
    preserveSymlinks: false,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
