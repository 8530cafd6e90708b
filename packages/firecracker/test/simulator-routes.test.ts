// Simulator behaviour the golden transcript does not record, taken from Firecracker's source
// (parsed_request.rs and the request/ and vmm_config/ modules of v1.14): rarer paths, field
// checks, and HTTP/1.1 connection handling.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { call } from './support/sim-process.ts';
import { elfKernelHeader, type RunningSimulator, startSimulator } from './support/simulator.ts';

const fault = (message: string) => ({ status: 400, json: { fault_message: message } });

describe('simulator routes beyond the transcript', () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startSimulator();
  });
  after(() => sim.stop());

  it('answers balloon sub-paths like parse_get_balloon / parse_patch_balloon', async () => {
    const s = sim.socketPath;
    assert.deepEqual(
      await call(s, 'GET', '/balloon/nope'),
      fault('Unrecognized GET request path `nope`.'),
    );
    assert.deepEqual(
      await call(s, 'GET', '/balloon/hinting'),
      fault('Unrecognized GET request path `/hinting/`.'),
    );
    assert.deepEqual(
      await call(s, 'PATCH', '/balloon/hinting/stop'),
      fault('The requested operation is not supported before starting the microVM.'),
    );
    assert.deepEqual(
      await call(s, 'PATCH', '/balloon/hinting/bogus'),
      fault('Unrecognized PATCH request path `/hinting/bogus`.'),
    );
    assert.deepEqual(await call(s, 'PATCH', '/balloon'), fault('Empty PATCH request.'));
  });

  it('answers snapshot and mmds sub-paths like parse_put_snapshot / parse_put_mmds', async () => {
    const s = sim.socketPath;
    const body = { snapshot_path: '/x', mem_file_path: '/y' };
    assert.deepEqual(
      await call(s, 'PUT', '/snapshot', body),
      fault('Missing snapshot operation type.'),
    );
    assert.deepEqual(
      await call(s, 'PUT', '/snapshot/nope', body),
      fault('Invalid request method and/or path: PUT /snapshot/nope.'),
    );
    assert.deepEqual(
      await call(s, 'PUT', '/snapshot/load', { snapshot_path: '/x' }),
      fault(
        'An error occurred when deserializing the json body of a request: missing field: either `mem_backend` or `mem_file_path` is required.',
      ),
    );
    assert.deepEqual(
      await call(s, 'PUT', '/mmds/nope', {}),
      fault('Unrecognized PUT request path `nope`.'),
    );
    assert.deepEqual(
      await call(s, 'PATCH', '/mmds', { a: 1 }),
      fault('MMDS error: The MMDS data store is not initialized.'),
    );
    assert.equal((await call(s, 'PUT', '/mmds', null)).status, 204);
    assert.deepEqual(await call(s, 'GET', '/mmds'), { status: 200, json: {} });
  });

  it('answers 413 when the MMDS data store would exceed --mmds-size-limit', async (t) => {
    const small = await startSimulator({ args: ['--mmds-size-limit', '20'] });
    t.after(() => small.stop());
    assert.equal((await call(small.socketPath, 'PUT', '/mmds', { a: 'x' })).status, 204);
    const tooBig = {
      status: 413,
      json: { fault_message: "MMDS limit exceeded error: The MMDS patch request doesn't fit." },
    };
    assert.deepEqual(await call(small.socketPath, 'PATCH', '/mmds', { b: 'x'.repeat(20) }), tooBig);
    assert.deepEqual(await call(small.socketPath, 'PUT', '/mmds', { b: 'x'.repeat(20) }), tooBig);
    assert.deepEqual(await call(small.socketPath, 'GET', '/mmds'), {
      status: 200,
      json: { a: 'x' },
    });
  });

  it('refuses a snapshot load once a boot resource was requested, even in vain', async (t) => {
    const fresh = await startSimulator();
    t.after(() => fresh.stop());
    const bad = await call(fresh.socketPath, 'PUT', '/boot-source', {
      kernel_image_path: '/no/such',
    });
    assert.equal(bad.status, 400);
    const load = { snapshot_path: '/x', mem_backend: { backend_type: 'File', backend_path: '/y' } };
    assert.deepEqual(
      await call(fresh.socketPath, 'PUT', '/snapshot/load', load),
      fault(
        'Load snapshot error: Loading a microVM snapshot not allowed after configuring boot-specific resources.',
      ),
    );
  });

  it('validates memory hotplug sizes in MemoryHotplugConfig::validate order', async () => {
    const s = sim.socketPath;
    const put = (body: object) => call(s, 'PUT', '/hotplug/memory', body);
    const prefix = 'Memory hotplug config error: ';
    assert.deepEqual(
      await put({ total_size_mib: 1024, block_size_mib: 1 }),
      fault(`${prefix}Block size must not be lower than 2 MiB`),
    );
    assert.deepEqual(
      await put({ total_size_mib: 1024, slot_size_mib: 64 }),
      fault(`${prefix}Slot size must not be lower than 128 MiB`),
    );
    assert.deepEqual(
      await put({ total_size_mib: 1024, block_size_mib: 4, slot_size_mib: 130 }),
      fault(`${prefix}Slot size must be a multiple of block size (4 MiB)`),
    );
    assert.deepEqual(
      await put({ total_size_mib: 1000 }),
      fault(`${prefix}Total size must be a multiple of slot size (128 MiB)`),
    );
  });

  it('keeps the CPU template on a PUT /machine-config without one', async () => {
    const s = sim.socketPath;
    await call(s, 'PATCH', '/machine-config', { cpu_template: 'T2S' });
    await call(s, 'PUT', '/machine-config', { vcpu_count: 2, mem_size_mib: 256 });
    assert.equal((await call(s, 'GET', '/machine-config')).json.cpu_template, 'T2S');
  });

  it("refuses kernels at InstanceStart with linux-loader's ELF header checks", async () => {
    const s = sim.socketPath;
    const prefix =
      'Start microvm error: System configuration error: Cannot load kernel due to invalid memory configuration or invalid kernel image: Kernel Loader: failed to load ELF kernel image: Kernel Loader: ';
    const elf32 = elfKernelHeader();
    elf32[4] = 1;
    elf32.writeUInt16LE(32, 54);
    const lowEntry = elfKernelHeader();
    lowEntry.writeBigUInt64LE(0x1000n, 24);
    const cases: Array<[string, Buffer, string]> = [
      ['short', Buffer.from('\x7fELF'), 'Unable to read elf header'],
      ['elf32', elf32, 'Invalid program header size'],
      ['low-entry', lowEntry, 'Invalid entry address'],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(sim.dir, `kernel-${name}`);
      await writeFile(path, bytes);
      assert.equal((await call(s, 'PUT', '/boot-source', { kernel_image_path: path })).status, 204);
      const start = await call(s, 'PUT', '/actions', { action_type: 'InstanceStart' });
      assert.deepEqual(start, fault(`${prefix}${message}`), name);
    }
    assert.equal((await call(s, 'GET', '/')).json.state, 'Not started');
  });

  it('answers an oversized body once, drops the rest and closes the connection', async () => {
    const body = JSON.stringify({ blob: 'x'.repeat(60_000) });
    const reply = await new Promise<string>((resolve, reject) => {
      const conn = net.createConnection(sim.socketPath);
      let text = '';
      conn.on('data', (chunk) => (text += chunk.toString()));
      conn.on('end', () => resolve(text));
      conn.on('error', reject);
      conn.write(`PUT /mmds HTTP/1.1\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    });
    assert.equal((reply.match(/HTTP\/1\.1 /g) ?? []).length, 1);
    assert.match(reply, /^HTTP\/1\.1 400 \r\n/);
    assert.ok(reply.endsWith('All previous unanswered requests will be dropped." }'));
  });

  it('serves several requests on one kept-alive connection, in order', async () => {
    const responses = await new Promise<string>((resolve, reject) => {
      const conn = net.createConnection(sim.socketPath);
      let text = '';
      conn.on('data', (chunk) => {
        text += chunk.toString();
        if ((text.match(/HTTP\/1\.1 /g) ?? []).length === 2 && text.endsWith('}')) {
          conn.destroy();
          resolve(text);
        }
      });
      conn.on('error', reject);
      conn.write('GET /version HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n');
    });
    const [first, second] = responses.split(/(?=HTTP\/1\.1 )/);
    assert.match(
      first ?? '',
      /^HTTP\/1\.1 200 \r\nServer: Firecracker API\r\nConnection: keep-alive\r\n/,
    );
    assert.match(first ?? '', /\{"firecracker_version":"1\.14\.2"\}$/);
    assert.match(second ?? '', /"state":"Not started"/);
  });
});
