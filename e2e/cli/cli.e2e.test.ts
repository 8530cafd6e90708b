// `hearth`, the CLI, as a user runs it: the real bin (node packages/cli/bin/hearth.mjs) as a
// subprocess against a running all-in-one Hearth that requires an API token. The drive
// scenarios of e2e/drive-scenarios.e2e.test.ts are driven through the CLI and checked on the
// host (files under the VM's directory, the live Firecracker configuration); the CLI's own
// contract is checked on its output and exit codes: names, -o json against the API's own
// answer, usage errors (2), API errors (1), no colour off a terminal, the token.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { unlink, utimes } from 'node:fs/promises';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { databaseKinds, type Hearth, isRoot, startHearth } from '../support/hearth.ts';

const BIN = fileURLToPath(new URL('../../packages/cli/bin/hearth.mjs', import.meta.url));
const CLI_PACKAGE = new URL('../../packages/cli/package.json', import.meta.url);
const TOKEN = 'cli-e2e-token-0123456789';
const MiB = 1024 * 1024;
const ESC = '\u001b';
const ANSI = new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]`, 'g');
const hasScript = spawnSync('script', ['--version']).status === 0;
/** `text` as a regular expression that matches it literally */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

for (const kind of databaseKinds()) {
  describe(`hearth CLI (all-in-one, ${kind})`, () => {
    let hearth: Hearth;
    let counter = 0;
    /** every human-readable output, checked at the end for escape codes */
    const humanOutputs: string[] = [];

    before(async () => {
      hearth = await startHearth(kind, { env: { HEARTH_API_TOKEN: TOKEN } });
    });
    after(async () => {
      await hearth?.close();
    });

    const cliEnv = (token: string | null, extra: NodeJS.ProcessEnv = {}) => {
      const env: NodeJS.ProcessEnv = { ...process.env, HEARTH_URL: hearth.baseUrl, ...extra };
      delete env.FORCE_COLOR;
      delete env.NO_COLOR;
      if (token === null) delete env.HEARTH_TOKEN;
      else env.HEARTH_TOKEN = token;
      return env;
    };

    const cli = (args: string[], token: string | null = TOKEN): Promise<Run> =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [BIN, ...args],
          { env: cliEnv(token), timeout: 60_000 },
          (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
            if (!args.includes('-o') && !args.includes('-q')) humanOutputs.push(stdout, stderr);
            resolve({ code, stdout, stderr });
          },
        );
      });

    /** runs the CLI and insists on exit 0 */
    const ok = async (...args: string[]) => {
      const run = await cli(args);
      assert.equal(run.code, 0, `hearth ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
      return run;
    };
    const json = async <T = any>(...args: string[]): Promise<T> =>
      JSON.parse((await ok(...args, '-o', 'json')).stdout);

    const newName = () => `cli-${kind}-${++counter}`;
    const create = (name: string, ...extra: string[]) =>
      json(
        'vm',
        'create',
        name,
        '--kernel',
        'demo-kernel',
        '--rootfs',
        'demo-rootfs',
        '--mem',
        '128M',
        ...extra,
      );
    /** a running VM made through the API, for tests about something else */
    const apiCreate = async (name: string) => {
      const images = await hearth.images();
      const created = await hearth.api('POST', '/v1/vms', {
        name,
        vcpu: 1,
        mem_mib: 128,
        kernel_image_id: images.kernel,
        rootfs_image_id: images.rootfs,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body;
    };
    const liveDrive = async (vmId: string, driveId: string) =>
      (await hearth.liveConfig(vmId)).drives?.find((d) => d.drive_id === driveId);

    // independent of each other (each its own VMs): run together, to keep the file short
    describe('scenarios and errors', { concurrency: true }, () => {
      test('1. drive add on a running VM: pending_attach, the file exists after stop, attached after start', async () => {
        const name = newName();
        const vm = await create(name);
        assert.equal(vm.state, 'running');

        const added = await ok(
          'drive',
          'add',
          name,
          'data1',
          '--size',
          '256M',
          '--read-only',
          '--cache',
          'Writeback',
          '--io-engine',
          'Async',
          '--rate-limit',
          'bw=1M/s,ops=2000/s',
        );
        // the API's own view of it (the CLI's drive ls is checked after the start)
        const drive = (await hearth.api('GET', `/v1/vms/${vm.id}/drives/data1`)).body;
        assert.equal(drive.attachment, 'pending_attach');
        assert.equal(drive.source, 'provisioned');
        assert.ok(
          drive.path_on_host.startsWith(`${hearth.vmDir(vm.id)}/storage/`),
          drive.path_on_host,
        );
        assert.match(
          added.stdout,
          new RegExp(
            `Drive data1 added to ${name}: created ${literally(drive.path_on_host)} \\(256 MiB, sparse\\), read-only\\.`,
          ),
        );
        assert.match(
          added.stdout,
          /It attaches at .*'s next start \(.* is running: pending_attach/,
        );
        assert.deepEqual(
          (await hearth.liveConfig(vm.id)).drives?.map((d) => d.drive_id),
          ['rootfs'],
          'the running VMM is untouched',
        );

        const stopped = await ok('vm', 'stop', name);
        assert.equal(stopped.stdout, `${name} is stopped.\n`);
        assert.equal(statSync(drive.path_on_host).size, 256 * MiB);

        const started = await ok('vm', 'start', name);
        assert.match(started.stdout, new RegExp(`^${name} is running\\.\\nLAUNCH STEP +TIME\\n`));
        assert.match(started.stdout, /^launch\.spawn-vmm +\d+ ms$/m);
        assert.match(started.stdout, /^total +[\d.]+ m?s$/m);
        assert.deepEqual(await liveDrive(vm.id, 'data1'), {
          drive_id: 'data1',
          partuuid: null,
          is_root_device: false,
          cache_type: 'Writeback',
          is_read_only: true,
          path_on_host: drive.path_on_host,
          rate_limiter: {
            bandwidth: { size: MiB, one_time_burst: null, refill_time: 1000 },
            ops: { size: 2000, one_time_burst: null, refill_time: 1000 },
          },
          io_engine: 'Async',
          socket: null,
        });
        const listed = await ok('drive', 'ls', name);
        assert.match(
          listed.stdout,
          /^DRIVE +DEVICE +SOURCE +ALLOC\/SIZE +MODE +CACHE +IO +RATE LIMIT +ATTACHMENT +PATH$/m,
        );
        assert.match(
          listed.stdout,
          /^data1 +vdb +provisioned +\S+\/256M +ro +Writeback +Async +bw 1 MiB\/s, ops 2000\/s +attached +\//m,
        );
      });

      test('2. drive add on a stopped VM, then start: attached', async () => {
        const name = newName();
        const id = (
          await ok(
            'vm',
            'create',
            name,
            '--kernel',
            'demo-kernel',
            '--rootfs',
            'demo-rootfs',
            '--mem',
            '128',
            '--no-start',
            '-q',
          )
        ).stdout.trim();
        assert.match(id, /^[0-9a-f-]{36}$/);
        const added = await ok('drive', 'add', id, 'scratch', '--size', '64MiB');
        assert.match(
          added.stdout,
          new RegExp(`It attaches at ${name}'s next start \\(${name} is not running\\)`),
        );
        assert.equal(
          (await hearth.api('GET', `/v1/vms/${id}/drives/scratch`)).body.attachment,
          null,
        );
        await ok('vm', 'start', name);
        const scratch = (await hearth.api('GET', `/v1/vms/${id}/drives/scratch`)).body;
        assert.equal(scratch.attachment, 'attached');
        assert.equal((await liveDrive(id, 'scratch'))?.path_on_host, scratch.path_on_host);
      });

      test('3. vm rm of a VM with drives: its storage and rows are gone', async () => {
        const name = newName();
        const vm = await create(
          name,
          '--drive',
          'size=32M,id=extra1',
          '--drive',
          'size=48M,id=extra2,ro',
        );
        assert.deepEqual(vm.drives.map((d: any) => d.drive_id).sort(), [
          'extra1',
          'extra2',
          'rootfs',
        ]);
        assert.ok(existsSync(hearth.vmDir(vm.id)));
        const removed = await ok('vm', 'rm', name);
        assert.equal(removed.stdout, `Deleted ${name} (${vm.id}) and its storage.\n`);
        assert.equal(existsSync(hearth.vmDir(vm.id)), false, 'storage directory removed');
        assert.equal((await hearth.api('GET', `/v1/vms/${vm.id}/drives`)).status, 404);
        const gone = await cli(['vm', 'inspect', vm.id]);
        assert.equal(gone.code, 1);
        assert.match(
          gone.stderr,
          new RegExp(`No VM is named "${vm.id}" or has that id\\. \\[VM_NOT_FOUND\\]`),
        );
      });

      test('4. a provisioned file deleted by hand is recreated at start, same size, sparse', async () => {
        const name = newName();
        const vm = await create(name, '--drive', 'size=512M,id=cache');
        const drive = vm.drives.find((d: any) => d.drive_id === 'cache');
        await ok('vm', 'stop', name);
        await unlink(drive.path_on_host);
        await ok('vm', 'start', name);
        const st = statSync(drive.path_on_host);
        assert.equal(st.size, 512 * MiB);
        assert.ok(st.blocks * 512 < MiB, `sparse: ${st.blocks * 512} bytes allocated`);
        assert.equal((await liveDrive(vm.id, 'cache'))?.path_on_host, drive.path_on_host);
      });

      test('unknown names exit 1; API errors exit 1 with the server message and code', async () => {
        const name = newName();
        await apiCreate(name);
        const kernel = (await hearth.api('GET', '/v1/images?name=demo-kernel')).body.items[0];
        const [ghost, ghostImage, running, duplicate] = await Promise.all([
          cli(['vm', 'start', 'ghost']),
          cli(['vm', 'create', newName(), '--kernel', 'ghost-kernel', '--rootfs', 'demo-rootfs']),
          cli(['vm', 'start', name]),
          // image names are unique per host, so one host cannot make a name ambiguous: the
          // API refuses the duplicate (the CLI's ambiguity error is unit-tested)
          cli(['image', 'add', 'demo-kernel', '--kind', 'kernel', '--path', kernel.path]),
        ]);
        assert.equal(ghost.code, 1);
        assert.equal(ghost.stderr, 'Error: No VM is named "ghost". [VM_NOT_FOUND]\n');
        assert.equal(ghostImage.code, 1);
        assert.match(ghostImage.stderr, /No image is named "ghost-kernel"\. \[IMAGE_NOT_FOUND\]/);
        // starting a running VM is a no-op that succeeds, as stopping a stopped one does
        assert.equal(running.code, 0, running.stderr);
        assert.equal(duplicate.code, 1);
        assert.match(duplicate.stderr, /\[NAME_TAKEN\]/);
      });

      test('usage errors exit 2 with the parser message after the help', async () => {
        const runs = await Promise.all([
          cli(['vm', 'create']),
          cli(['drive', 'add', 'x', 'data', '--size', '10Q']),
          cli(['vm', 'ls', '--bogus']),
        ]);
        const messages = [
          /Error: A required argument is missing: 0 given, 1 needed \(see SYNOPSIS\)\.\n$/,
          /Error: Invalid size "10Q": use a number with K, M, G or T/,
          /Error: Unknown argument: bogus\n$/,
        ];
        runs.forEach((run, i) => {
          assert.equal(run.code, 2, run.stderr);
          assert.equal(run.stdout, '');
          assert.match(run.stderr, /^NAME\n/);
          assert.match(run.stderr, /^SYNOPSIS\n/m);
          assert.match(run.stderr, messages[i] as RegExp);
        });
      });

      test('no or a wrong token is a 401 (exit 1); --token wins over HEARTH_TOKEN; no server: exit 1', async () => {
        const port = await closedPort();
        const [none, flag, refused] = await Promise.all([
          cli(['vm', 'ls'], null),
          cli(['vm', 'ls', '--token', TOKEN], 'wrong-token-0123456789'),
          cli(['vm', 'ls', '--url', `http://127.0.0.1:${port}`]),
        ]);
        assert.equal(none.code, 1);
        assert.match(none.stderr, /\[UNAUTHORIZED\]/);
        assert.equal(flag.code, 0, flag.stderr);
        assert.equal(refused.code, 1);
        assert.match(
          refused.stderr,
          new RegExp(
            `Cannot reach the Hearth API at http://127\\.0\\.0\\.1:${port}: connection refused`,
          ),
        );
      });

      test('--version, help, completion', async () => {
        const { version } = JSON.parse(readFileSync(CLI_PACKAGE, 'utf8'));
        const [ver, help, zsh] = await Promise.all([
          ok('--version'),
          ok('help', 'drive', 'add'),
          new Promise<Run>((resolve) =>
            execFile(
              process.execPath,
              [BIN, 'completion'],
              { env: cliEnv(TOKEN, { SHELL: '/bin/zsh' }) },
              (err, stdout, stderr) => resolve({ code: err ? 1 : 0, stdout, stderr }),
            ),
          ),
        ]);
        assert.equal(ver.stdout, `${version}\n`);
        assert.match(help.stdout, /^SYNOPSIS\n {4}hearth drive add VM ID \[options\]$/m);
        assert.match(help.stdout, /^EXAMPLES\n {4}\$ hearth drive add web1 data --size 20G$/m);
        assert.match(zsh.stdout, /^#compdef hearth/);
      });

      test('a terminal gets a spinner naming the phase, colour and the launch steps', {
        skip: !hasScript && 'needs script(1) for a pseudo-terminal',
      }, async () => {
        const name = newName();
        await apiCreate(name);
        const command = [process.execPath, BIN, 'vm', 'restart', name]
          .map((w) => `'${w}'`)
          .join(' ');
        let failure = '';
        const run = await new Promise<Run>((resolve) => {
          const child = execFile(
            'script',
            ['-qec', command, '/dev/null'],
            { env: cliEnv(TOKEN), timeout: 60_000 },
            (err, stdout, stderr) => {
              if (err) failure = `code ${err.code}, killed ${err.killed}, signal ${err.signal}`;
              resolve({ code: err ? 1 : 0, stdout, stderr });
            },
          );
          // nothing to type: script(1) must not wait for its input
          child.stdin?.end();
        });
        assert.equal(run.code, 0, `${failure}\n${JSON.stringify(run.stdout.slice(-2000))}`);
        const plain = run.stdout.replace(ANSI, '');
        assert.match(plain, new RegExp(`⠋ Restarting ${name} \\(0\\.\\d s\\)`));
        assert.match(
          plain,
          new RegExp(`${name} (stopping|starting): `),
          'the phase, from the event stream',
        );
        assert.ok(run.stdout.includes(`${ESC}[32mrunning${ESC}[39m`), 'the state in colour');
        assert.match(plain, /launch\.instance-start/);
      });
    });

    // after the scenarios (the host has room for 8 running vCPUs, and those leave 5 running),
    // one at a time: each removes its VM, and running together they would fill the host
    describe('drives grown, applied live and copied; vm set', { concurrency: false }, () => {
      test('drive resize grows the file; drive apply gives it to the running guest: pending_change → attached', async () => {
        const name = newName();
        const vm = await create(name, '--drive', 'size=64M,id=data');
        const path = vm.drives.find((d: any) => d.drive_id === 'data').path_on_host;

        const grown = await ok('drive', 'resize', name, 'data', '128M');
        assert.equal(
          grown.stdout,
          `Drive data of ${name} is now 128 MiB.\n` +
            `${name} is running and its guest still has 64 MiB on /dev/vdb: run \`hearth drive apply ${name} data\` to give it to the guest now, or restart ${name}.\n`,
        );
        assert.equal(statSync(path).size, 128 * MiB, 'the file grew at once');
        const listed = await ok('drive', 'ls', name);
        assert.match(
          listed.stdout,
          /^data +vdb +provisioned +\S+\/128M \(now 64M\) +rw +Unsafe +Sync +- +pending_change \(size_bytes\) +\//m,
        );
        assert.match(listed.stdout, /^rootfs +vda +/m);
        assert.match(
          listed.stderr,
          new RegExp(`^data: \`hearth drive apply ${name} data\` applies it now\\.$`, 'm'),
        );

        const applied = await ok('drive', 'apply', name, 'data');
        assert.equal(
          applied.stdout,
          'data: pending_change (size_bytes) → attached; the guest now has 128 MiB on /dev/vdb\n',
        );
        const after = (await hearth.api('GET', `/v1/vms/${vm.id}/drives/data`)).body;
        assert.equal(after.attachment, 'attached');
        assert.equal(after.live_size_bytes, 128 * MiB);
        assert.equal((await liveDrive(vm.id, 'data'))?.path_on_host, path);
        const again = await ok('drive', 'apply', name, 'data');
        assert.equal(
          again.stdout,
          'data: attached, nothing to apply; the guest has 128 MiB on /dev/vdb\n',
        );

        const [shrink, rootfs, json] = await Promise.all([
          cli(['drive', 'resize', name, 'data', '32M']),
          cli(['drive', 'resize', name, 'rootfs', '1G']),
          cli(['drive', 'resize', name, 'data', '256M', '-o', 'json']),
        ]);
        assert.equal(shrink.code, 1);
        assert.equal(shrink.stdout, '');
        assert.match(shrink.stderr, /^Error: .*can only grow.* \[SHRINK_NOT_SUPPORTED\]$/m);
        assert.match(shrink.stderr, /^ {2}current_size_bytes: \d+$/m);
        assert.equal(rootfs.code, 1);
        assert.match(rootfs.stderr, /\[RESIZE_NOT_SUPPORTED\]$/m);
        assert.equal(json.code, 0, json.stderr);
        const body = JSON.parse(json.stdout);
        assert.equal(body.size_bytes, 256 * MiB);
        assert.deepEqual(body.pending_fields, ['size_bytes']);
        assert.equal(statSync(path).size, 256 * MiB, 'neither refusal touched the file');
        await ok('vm', 'rm', name);
      });

      test('drive apply of what Firecracker cannot change live: RESTART_REQUIRED and the fields, exit 1; not running: exit 1', async () => {
        const name = newName();
        const vm = await create(name, '--drive', 'size=32M,id=data');
        const set = await ok('drive', 'set', name, 'data', '--read-only');
        assert.match(set.stdout, /\(pending_change\)\.\n$/);
        const refused = await cli(['drive', 'apply', name, 'data']);
        assert.equal(refused.code, 1);
        assert.equal(refused.stdout, '');
        assert.match(refused.stderr, /^Error: .*is_read_only.* \[RESTART_REQUIRED\]$/m);
        assert.match(refused.stderr, /^ {2}fields: \["is_read_only"\]$/m);
        assert.match(
          refused.stderr,
          new RegExp(`^\`hearth vm restart ${name}\` applies them\\.$`, 'm'),
        );
        const drive = (await hearth.api('GET', `/v1/vms/${vm.id}/drives/data`)).body;
        assert.equal(drive.attachment, 'pending_change');
        assert.equal((await liveDrive(vm.id, 'data'))?.is_read_only, false, 'nothing changed');
        const listed = await ok('drive', 'ls', name);
        assert.match(listed.stdout, /^data +vdb .* ro .* pending_change \(is_read_only\) +\//m);
        assert.equal(listed.stderr, '', 'no apply note: only a restart applies it');

        await ok('vm', 'stop', name);
        const stopped = await cli(['drive', 'apply', name, 'data']);
        assert.equal(stopped.code, 1);
        assert.match(stopped.stderr, /\[VM_INVALID_STATE\]$/m);
        await ok('vm', 'rm', name);
      });

      test('drive add --image copies a rootfs image; drive image of a running VM is refused, of a stopped one registers an image', async () => {
        const name = newName();
        const vm = await create(name);
        const added = await ok(
          'drive',
          'add',
          name,
          'seed',
          '--image',
          'demo-rootfs',
          '--size',
          '96M',
        );
        const seed = (await hearth.api('GET', `/v1/vms/${vm.id}/drives/seed`)).body;
        assert.equal(seed.source, 'image');
        assert.equal(seed.size_bytes, 96 * MiB);
        assert.equal(statSync(seed.path_on_host).size, 96 * MiB);
        assert.match(
          added.stdout,
          new RegExp(
            `^Drive seed added to ${name}: copied image demo-rootfs to ${literally(seed.path_on_host)} \\(96 MiB\\), read-write\\.$`,
            'm',
          ),
        );
        const unknown = await cli(['drive', 'add', name, 'other', '--image', 'ghost-image']);
        assert.equal(unknown.code, 1);
        assert.match(unknown.stderr, /No image is named "ghost-image"\. \[IMAGE_NOT_FOUND\]/);
        const both = await cli([
          'drive',
          'add',
          name,
          'x',
          '--image',
          'demo-rootfs',
          '--path',
          '/x',
        ]);
        assert.equal(both.code, 2);

        // after demo-rootfs in the image list, which hearth.images() takes the first rootfs of
        const golden = `golden-${name}`;
        const running = await cli(['drive', 'image', name, 'seed', golden]);
        assert.equal(running.code, 1);
        assert.equal(running.stdout, '');
        assert.match(running.stderr, /^Error: .*Stop the VM first\. \[VM_INVALID_STATE\]$/m);
        assert.deepEqual((await hearth.api('GET', `/v1/images?name=${golden}`)).body.items, []);

        await ok('vm', 'stop', name);
        const made = await ok('drive', 'image', name, 'seed', golden);
        const image = (await hearth.api('GET', `/v1/images?name=${golden}`)).body.items[0];
        assert.equal(image.kind, 'rootfs');
        assert.equal(
          made.stdout,
          `Image ${golden} (${image.id}) registered from drive seed of ${name}: ${image.path} (rootfs, 96 MiB).\n`,
        );
        assert.equal(statSync(image.path).size, 96 * MiB);
        const again = await ok('drive', 'add', name, 'copy', '--image', golden, '-q');
        assert.equal(again.stdout, 'copy\n');
        await ok('vm', 'rm', name);
        await ok('image', 'rm', golden);
      });

      test('vm set: restart policy at once, MMDS refused without a NIC; vm inspect shows both and the storage', async () => {
        const name = newName();
        await create(name, '--drive', 'size=64M,id=data', '--no-start');
        const policy = await ok('vm', 'set', name, '--restart-policy', 'on-failure:2');
        assert.equal(
          policy.stdout,
          `${name}: restart policy on-failure (at most 2 restarts in a row).\n`,
        );
        const noNic = await cli(['vm', 'set', name, '--mmds', 'on']);
        assert.equal(noNic.code, 1);
        assert.match(noNic.stderr, /\[MMDS_NEEDS_NIC\]$/m);
        const [nothing, bad] = await Promise.all([
          cli(['vm', 'set', name]),
          cli(['vm', 'set', name, '--restart-policy', 'always']),
        ]);
        assert.equal(nothing.code, 2);
        assert.match(
          nothing.stderr,
          /Error: Nothing to change: give --mmds on\|off or --restart-policy\.\n$/,
        );
        assert.equal(bad.code, 2);
        assert.match(bad.stderr, /Invalid restart policy "always"/);
        const inspected = await ok('vm', 'inspect', name);
        assert.match(inspected.stdout, /^Restart policy: +on-failure \(max 2, 0 so far\)$/m);
        assert.match(inspected.stdout, /^MMDS: +off$/m);
        assert.match(
          inspected.stdout,
          /^Storage: +\S+ \w+ provisioned, \S+ \w+ allocated on the host$/m,
        );
        assert.match(inspected.stdout, /^data +vdb +provisioned +\S+\/64M +/m);
        await ok('vm', 'rm', name);
      });

      test('vm set --mmds on a VM with a NIC', {
        skip: !isRoot && 'needs root (a NIC)',
      }, async () => {
        const name = newName();
        await create(name, '--nic', 'eth0', '--no-start');
        const on = await ok('vm', 'set', name, '--mmds', 'on');
        assert.equal(on.stdout, `${name}: MMDS on.\n`);
        assert.match((await ok('vm', 'inspect', name)).stdout, /^MMDS: +on$/m);
        await ok('vm', 'rm', name);
      });
    });

    // after the scenarios: --gc --yes deletes every collectable orphan of the host
    test('host storage lists files by status; --gc is a dry run, --gc --yes removes the orphan', async () => {
      const name = newName();
      const vm = await create(name);
      await ok('drive', 'add', name, 'scratch', '--size', '32M');
      const orphan = (await hearth.api('GET', `/v1/vms/${vm.id}/drives/scratch`)).body.path_on_host;
      await ok('vm', 'stop', name);
      await ok('drive', 'rm', name, 'scratch');
      const host = (await hearth.api('GET', '/v1/hosts')).body.items[0];

      const listed = await ok('host', 'storage', host.name);
      assert.match(listed.stdout, new RegExp(`^Host: +${host.name} \\(${host.id}\\)$`, 'm'));
      assert.match(
        listed.stdout,
        new RegExp(`^Storage root: +${literally(hearth.storageRoot)}$`, 'm'),
      );
      assert.match(listed.stdout, /^Capacity: +\S+ \w+, \S+ \w+ free$/m);
      assert.match(listed.stdout, /^Provisioned: +\S+ \w+ \/ \S+ \w+ limit \(overcommit ×4\)$/m);
      assert.match(listed.stdout, /^Allocated: +\S+ \w+$/m);
      assert.match(
        listed.stdout,
        /^Files: +\d+ in use \(.*\), \d+ orphans? \(.*; \d+ collectable\), \d+ missing$/m,
      );
      assert.match(listed.stdout, /^STATUS +VM +DRIVE +SIZE +ALLOCATED +PATH$/m);
      const relative = orphan.slice(hearth.storageRoot.length + 1);
      assert.match(
        listed.stdout,
        new RegExp(`^orphan +${name} +- +32 MiB +\\S+ \\w+ +${literally(relative)}$`, 'm'),
      );
      assert.match(
        listed.stdout,
        new RegExp(
          `^in_use +${name} +rootfs +\\S+ \\w+ +\\S+ \\w+ +${vm.id}/storage/rootfs\\.img$`,
          'm',
        ),
      );
      const data = await json('host', 'storage', host.id);
      const entry = data.files.find((f: any) => f.path === orphan);
      assert.equal(entry?.status, 'orphan');
      assert.equal(entry?.drive_id, null);
      assert.equal(entry?.collectable, false, 'too recent');

      const recent = await ok('host', 'storage', host.name, '--gc');
      assert.match(recent.stdout, /^Dry run: nothing was deleted\.$/m);
      assert.match(
        recent.stdout,
        new RegExp(`^ {2}${literally(orphan)}\\n {6}modified less than \\d+ minutes ago`, 'm'),
      );
      assert.ok(existsSync(orphan));

      const old = new Date(Date.now() - 10 * 60_000);
      await utimes(orphan, old, old);
      const dry = await ok('host', 'storage', host.name, '--gc');
      assert.match(dry.stdout, /^Would remove \d+ orphan files?:\nVM +SIZE +ALLOCATED +PATH$/m);
      assert.match(
        dry.stdout,
        new RegExp(`^${name} +32 MiB +\\S+ \\w+ +${literally(orphan)}$`, 'm'),
      );
      assert.match(dry.stdout, /^Would free \S+ \w+ on disk\.$/m);
      assert.match(
        dry.stdout,
        new RegExp(`^\`hearth host storage ${host.name} --gc --yes\` deletes them\\.$`, 'm'),
      );
      assert.ok(existsSync(orphan), 'a dry run deletes nothing');
      const dryJson = await json('host', 'storage', host.name, '--gc');
      assert.equal(dryJson.dry_run, true);
      assert.ok(dryJson.removed.some((f: any) => f.path === orphan));

      const usage = await cli(['host', 'storage', host.name, '--yes']);
      assert.equal(usage.code, 2);
      assert.match(usage.stderr, /Error: --yes confirms a --gc: give both\.\n$/);

      const removed = await ok('host', 'storage', host.name, '--gc', '--yes');
      assert.doesNotMatch(removed.stdout, /Dry run/);
      assert.match(removed.stdout, /^Removed \d+ orphan files?:$/m);
      assert.match(
        removed.stdout,
        new RegExp(`^${name} +32 MiB +\\S+ \\w+ +${literally(orphan)}$`, 'm'),
      );
      assert.match(removed.stdout, /^Freed \S+ \w+ on disk\.$/m);
      assert.equal(existsSync(orphan), false);
      const after = await json('host', 'storage', host.name);
      assert.equal(
        after.files.some((f: any) => f.path === orphan),
        false,
      );
      assert.ok(after.files.some((f: any) => f.path.endsWith(`${vm.id}/storage/rootfs.img`)));
      await ok('vm', 'rm', name);
    });

    // after the others: it compares whole lists with the API's, which must not change meanwhile
    test('names and ids resolve alike; -o json and -q match the API', async () => {
      const name = newName();
      const vm = await apiCreate(name);
      const [byName, byId, api, list, ids, apiList, yaml] = await Promise.all([
        json('vm', 'inspect', name),
        json('vm', 'inspect', vm.id),
        hearth.api('GET', `/v1/vms/${vm.id}`),
        json('vm', 'ls', '--all', '--state', 'running'),
        ok('vm', 'ls', '-q'),
        hearth.api('GET', '/v1/vms?limit=500'),
        ok('host', 'ls', '-o', 'yaml'),
      ]);
      // the host's last_seen_at moves with every heartbeat between the three reads
      const stable = (detail: any) => ({ ...detail, host: { ...detail.host, last_seen_at: 0 } });
      assert.deepEqual(stable(byName), stable(api.body));
      assert.deepEqual(stable(byId), stable(api.body));
      assert.ok(list.items.some((v: any) => v.id === vm.id));
      assert.ok(list.items.every((v: any) => v.state === 'running'));
      assert.deepEqual(
        ids.stdout.trim().split('\n'),
        apiList.body.items.map((v: any) => v.id),
      );
      assert.match(yaml.stdout, /^items:\n {2}- id: /);
    });

    test('no colour or escape codes when stdout and stderr are not terminals', () => {
      assert.ok(humanOutputs.length > 20);
      for (const text of humanOutputs) assert.equal(text.includes(ESC), false, text);
    });
  });
}
