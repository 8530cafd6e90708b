// The simulator's --config-file mode: configure and start from one JSON document, with or
// without an API socket, and the exit status of a bad file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIMULATOR_BIN_PATH } from '../src/simulator-path.ts';
import { call, runToExit, tempDir, waitFor } from './support/sim-process.ts';
import { fixtureImages, startSimulator } from './support/simulator.ts';

describe('simulator --config-file', () => {
  async function writeConfig(dir: string, extra: Record<string, unknown> = {}): Promise<string> {
    const files = await fixtureImages(dir);
    const config = {
      'boot-source': { kernel_image_path: files.kernel, boot_args: 'console=ttyS0 reboot=k' },
      drives: [
        {
          drive_id: 'rootfs',
          path_on_host: files.rootfs,
          is_root_device: true,
          is_read_only: false,
        },
      ],
      'machine-config': { vcpu_count: 2, mem_size_mib: 256 },
      ...extra,
    };
    const path = join(dir, 'vm.json');
    await writeFile(path, JSON.stringify(config));
    return path;
  }

  it('configures and starts the microVM, then serves the API post-boot', async (t) => {
    const dir = await tempDir(t);
    const configPath = await writeConfig(dir);
    const sim = await startSimulator({ args: ['--config-file', configPath] });
    t.after(() => sim.stop());
    assert.ok(
      await waitFor(
        async () => (await call(sim.socketPath, 'GET', '/')).json.state === 'Running',
        5000,
      ),
    );
    const config = (await call(sim.socketPath, 'GET', '/vm/config')).json;
    assert.equal(config['machine-config'].vcpu_count, 2);
    assert.deepEqual(
      config.drives.map((d: { drive_id: string }) => d.drive_id),
      ['rootfs'],
    );
  });

  it('runs without an API socket with --no-api', async (t) => {
    const dir = await tempDir(t);
    const configPath = await writeConfig(dir);
    const child = spawn(SIMULATOR_BIN_PATH, ['--no-api', '--config-file', configPath]);
    t.after(() => child.kill('SIGKILL'));
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    assert.ok(
      await waitFor(() => stdout.includes('Command line: console=ttyS0 reboot=k'), 5000),
      stdout,
    );
    // The guest keeps running: nothing may let the process end on its own.
    await sleep(1000);
    assert.equal(child.exitCode, null);
    assert.equal(child.signalCode, null);
  });

  it("exits with status 1 and Firecracker's error shape when the file is invalid", async (t) => {
    const dir = await tempDir(t);
    const configPath = await writeConfig(dir, {
      'machine-config': { vcpu_count: 0, mem_size_mib: 128 },
    });
    const result = await runToExit(['--no-api', '--config-file', configPath]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /^Error: RunWithoutApiError\(BuildMicroVMFromJson\(".*The number of vCPUs must be greater than 0/,
    );
    assert.match(result.stdout, /Firecracker exiting with error\. exit_code=1/);
  });
});
