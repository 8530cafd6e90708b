// The systemd units of deploy/systemd are real units: `systemd-analyze verify` accepts them
// without a warning (an unknown or misspelt key is only a warning there, so any output
// fails), `systemd-analyze security --offline` keeps their exposure under a ceiling, and they
// run the bundles scripts/build.mjs writes, with the settings a host needs. verify works
// without systemd as PID 1 (a container), but checks that ExecStart's binary exists: the
// units name /usr/bin/node (Debian's and NodeSource's), so where node lives elsewhere the
// copies under test name this process's node instead.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UNITS_DIR = join(REPO_ROOT, 'deploy', 'systemd');
const UNITS = ['hearth-manager.service', 'hearth-agent.service'];
// exposure x 10, as --threshold counts it: the manager is sandboxed tight, the agent is root
// with CAP_NET_ADMIN and the devices its VMs need
const EXPOSURE_CEILING: Record<string, number> = {
  'hearth-manager.service': 20,
  'hearth-agent.service': 50,
};

const analyzer = await run('systemd-analyze', ['--version']).then(
  () => null,
  () => 'systemd-analyze is not installed (apt-get install systemd); the units are not verified',
);

const unitText = (name: string) => readFile(join(UNITS_DIR, name), 'utf8');

describe('the systemd units', { skip: analyzer ?? false }, () => {
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-units-'));
    for (const name of UNITS) {
      const text = (await unitText(name)).replaceAll(
        'ExecStart=/usr/bin/node ',
        `ExecStart=${process.execPath} `,
      );
      await writeFile(join(dir, name), text);
    }
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('systemd-analyze verify accepts both, without a warning', async () => {
    const paths = UNITS.map((name) => join(dir, name));
    const { stdout, stderr } = await run('systemd-analyze', ['verify', '--man=no', ...paths]);
    assert.equal(`${stdout}${stderr}`.trim(), '', 'no warning');
  });

  for (const name of UNITS) {
    test(`${name} stays under its exposure ceiling`, async () => {
      const args = ['security', '--offline=true', `--threshold=${EXPOSURE_CEILING[name]}`];
      const result = await run('systemd-analyze', [...args, join(dir, name)]).catch(
        (err: { stdout: string }) => assert.fail(`over the ceiling:\n${err.stdout}`),
      );
      assert.match(result.stdout, /Overall exposure level/);
    });
  }

  test('they run the built bundles with their env files and restart on failure', async () => {
    for (const [name, program] of [
      ['hearth-manager.service', 'manager'],
      ['hearth-agent.service', 'agent'],
    ] as const) {
      const text = await unitText(name);
      assert.match(
        text,
        new RegExp(`^ExecStart=/usr/bin/node /opt/hearth/dist/${program}/main\\.js$`, 'm'),
      );
      assert.match(text, new RegExp(`^EnvironmentFile=/etc/hearth/${program}\\.env$`, 'm'));
      assert.match(text, /^Restart=on-failure$/m);
    }
    const build = await readFile(join(REPO_ROOT, 'scripts', 'build.mjs'), 'utf8');
    assert.match(build, /bundle: 'manager\/main\.js'/, 'build.mjs writes what the unit runs');
    assert.match(build, /bundle: 'agent\/main\.js'/, 'build.mjs writes what the unit runs');
    // restarting the agent must not kill the VMMs in its control group
    assert.match(await unitText('hearth-agent.service'), /^KillMode=process$/m);
  });

  test('the example env files name only documented settings', async () => {
    const documented = [
      await readFile(join(REPO_ROOT, 'docs', 'operations.md'), 'utf8'),
      await readFile(join(REPO_ROOT, 'packages', 'agent', 'README.md'), 'utf8'),
    ].join('\n');
    for (const file of ['manager.env.example', 'agent.env.example']) {
      const text = await readFile(join(UNITS_DIR, file), 'utf8');
      const names = [...text.matchAll(/^#?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
      assert.ok(names.length > 5, `${file} lists settings`);
      for (const variable of names) {
        assert.ok(documented.includes(`\`${variable}\``), `${file}: ${variable} is documented`);
      }
    }
  });
});
