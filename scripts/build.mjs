#!/usr/bin/env node
// The production build (`npm run build`): the web UI (packages/web/dist) and one plain-
// JavaScript bundle per program, dist/manager/main.js and dist/agent/main.js, which run with
// `node` alone: no tsx, no compile at start-up, nothing of devDependencies.
//   node scripts/build.mjs                    build into dist/
//   node scripts/build.mjs --out-dir DIR      bundles into DIR, inside the checkout (the build
//                                             test uses a directory of its own under dist/)
//   node scripts/build.mjs --no-web           bundles only
//
// What a bundle holds and what it leaves where it is:
// - Our workspace packages (@hearth/*) are bundled from their TypeScript sources; npm packages
//   stay external and load from node_modules at run time, so the checkout's node_modules
//   (`npm ci --omit=dev`) is part of an installation. The build fails when a bundled module
//   imports a package that is not a production dependency of its own workspace package: that
//   import would work here and break after `npm ci --omit=dev`.
// - Files found through `new URL(..., import.meta.url)` (SQL migrations, the PGlite worker,
//   the web UI's dist, the simulator, package.json versions) are not copied. Each bundled
//   module's `import.meta.url` is rewritten to the URL of its own source file, relative to the
//   bundle, so every such lookup resolves in the checkout exactly as it does under tsx, and a
//   moved checkout (dist/ moved with it) still works. The checkout is therefore the
//   installation: run the bundles from inside it (docs/deployment.md, /opt/hearth).
// - The manager's all-in-one launches the agent; in the bundle HEARTH_BUILT_AGENT (relative to
//   the checkout) names the agent's bundle, which the launcher runs with plain `node`
//   (packages/agent/src/process/launch-agent.ts).
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { ensureWebBuild } from './ensure-web-build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = join(ROOT, 'packages');

/** The programs: entry point (relative to the checkout) and bundle (relative to the out dir). */
const PROGRAMS = {
  manager: { entry: 'packages/manager/src/main.ts', bundle: 'manager/main.js' },
  agent: { entry: 'packages/agent/src/main.ts', bundle: 'agent/main.js' },
};

const toPosix = (path) => path.split(sep).join('/');

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier) =>
  specifier.startsWith('node:') || BUILTINS.has(packageName(specifier));

/** npm packages external, @hearth/* followed (through the workspace links) into the bundle. */
const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@hearth/') || isBuiltin(args.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** Each of our modules keeps its source file's URL as import.meta.url (see the top). */
function sourceImportMetaUrl(bundleFile) {
  return {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (!args.path.startsWith(PACKAGES + sep)) return undefined;
        const text = await readFile(args.path, 'utf8');
        const fromBundle = toPosix(relative(dirname(bundleFile), args.path));
        const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        const loader = args.path.endsWith('ts') ? 'ts' : 'js';
        return { contents: text.replaceAll('import.meta.url', url), loader };
      });
    },
  };
}

function productionDependencies(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  // peer dependencies are the consumer's to install; manager and agent list them as their own
  return new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
}

/** Packages a bundled module imports that its workspace package does not depend on. */
function undeclaredImports(metafile) {
  const problems = [];
  const declared = new Map();
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    const match = /^packages\/([^/]+)\//.exec(toPosix(input));
    if (!match) continue;
    const packageDir = join(PACKAGES, match[1]);
    if (!declared.has(packageDir)) declared.set(packageDir, productionDependencies(packageDir));
    for (const imported of imports) {
      if (!imported.external || isBuiltin(imported.path)) continue;
      const name = packageName(imported.path);
      if (!declared.get(packageDir).has(name)) problems.push(`${input} imports ${name}`);
    }
  }
  return problems;
}

async function bundle(program, outDir) {
  const outfile = join(outDir, program.bundle);
  const define = {};
  if (program === PROGRAMS.manager) {
    define.HEARTH_BUILT_AGENT = JSON.stringify(
      toPosix(relative(ROOT, join(outDir, PROGRAMS.agent.bundle))),
    );
  }
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [program.entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define,
    plugins: [externalNpmPackages, sourceImportMetaUrl(outfile)],
    metafile: true,
    legalComments: 'none',
    banner: { js: `// GENERATED by scripts/build.mjs from ${program.entry}: do not edit.` },
    logLevel: 'warning',
  });
  const problems = undeclaredImports(result.metafile);
  if (problems.length > 0) {
    throw new Error(
      `${program.entry}: these imports are not production dependencies of their package ` +
        `(they would fail after npm ci --omit=dev); add them to its "dependencies":\n  ${problems.join('\n  ')}`,
    );
  }
  return outfile;
}

/** Builds the bundles into `outDir` (and the web UI unless `web` is false). */
export async function buildHearth({ outDir = join(ROOT, 'dist'), web = true, quiet = false } = {}) {
  // Node resolves a bundle's external imports from the bundle's own directory upwards
  if (relative(ROOT, outDir).startsWith('..')) {
    throw new Error(`the out dir must be inside the checkout (its node_modules), got ${outDir}`);
  }
  if (web) await ensureWebBuild({ quiet });
  const outputs = [];
  for (const program of Object.values(PROGRAMS)) {
    await rm(dirname(join(outDir, program.bundle)), { recursive: true, force: true });
    await mkdir(dirname(join(outDir, program.bundle)), { recursive: true });
    outputs.push(await bundle(program, outDir));
  }
  return outputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { 'out-dir': { type: 'string' }, 'no-web': { type: 'boolean' } },
  });
  try {
    const outputs = await buildHearth({
      outDir: values['out-dir'] ? resolve(values['out-dir']) : undefined,
      web: !values['no-web'],
    });
    for (const file of outputs) console.log(`wrote ${relative(ROOT, file)}`);
  } catch (err) {
    console.error(`build failed: ${err.message}`);
    process.exit(1);
  }
}
