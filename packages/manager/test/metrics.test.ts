// GET /metrics, scraped as Prometheus would and parsed strictly: the manager's own series
// (HTTP, launches, agent calls, reconcile passes), the fleet's (VMs by state and host, host
// health) and each running VM's block and NIC counters, read by the agent from the VMM's
// Firecracker metrics file. Protected by the API token like the rest of the API.
import assert from 'node:assert/strict';
import { rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { rawRequest } from '../../agent/test/support/raw-http.ts';
import { Reconciler } from '../src/reconciler/reconciler.ts';
import { forEachDatabase } from './support/databases.ts';
import { API_TOKEN, type ListeningApp, listeningApp } from './support/listening-app.ts';
import { parsePrometheusText, samples } from './support/prometheus-text.ts';
import { isRoot, type Stack, startStack } from './support/stack.ts';

forEachDatabase((kind) => {
  describe('GET /metrics', () => {
    let stack: Stack;
    let vmId: string;
    before(async () => {
      stack = await startStack(kind);
      const created = await stack.createVm({
        name: `metrics-${Date.now()}`,
        drives: [{ drive_id: 'data', size_bytes: 16 * 1024 * 1024 }],
        // a NIC needs a TAP device: root only
        ...(isRoot ? { nics: [{ iface_id: 'eth0' }] } : {}),
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.body.state, 'running', JSON.stringify(created.body.last_error));
      vmId = created.body.id;
    });
    after(async () => {
      await stack?.close();
    });

    const scrape = async () => {
      const res = await stack.app.inject({ method: 'GET', url: '/metrics' });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
      return parsePrometheusText(res.body);
    };

    test('the fleet: VMs by state and host, host health and contact age, vm_info', async () => {
      const host = (await stack.request('GET', `/v1/hosts/${stack.hostId}`)).body.name;
      const metrics = await scrape();
      assert.equal(metrics.get('hearth_vms')?.type, 'gauge');
      assert.deepEqual(
        samples(metrics, 'hearth_vms', { state: 'running', host }).map((s) => s.value),
        [1],
      );
      assert.deepEqual(
        samples(metrics, 'hearth_host_healthy', { host }).map((s) => s.value),
        [1],
      );
      const [age] = samples(metrics, 'hearth_host_last_contact_age_seconds', { host });
      assert.ok(age && age.value >= 0 && age.value < 120, `contact age ${age?.value}`);
      const [info] = samples(metrics, 'hearth_vm_info', { vm_id: vmId });
      assert.equal(info?.labels.host, host);
      assert.equal(info?.labels.state, 'running');
      assert.deepEqual(
        samples(metrics, 'hearth_host_vmm_metrics_up', { host }).map((s) => s.value),
        [1],
      );
    });

    test("per-VM drive and NIC counters from the VMM's Firecracker metrics", async () => {
      const metrics = await scrape();
      assert.equal(metrics.get('hearth_vm_drive_read_bytes_total')?.type, 'counter');
      for (const name of [
        'hearth_vm_drive_read_bytes_total',
        'hearth_vm_drive_write_bytes_total',
        'hearth_vm_drive_read_ops_total',
        'hearth_vm_drive_write_ops_total',
      ]) {
        const drives = samples(metrics, name, { vm_id: vmId }).map((s) => s.labels.drive_id);
        assert.deepEqual(drives.sort(), ['data', 'rootfs'], name);
      }
      // the simulated guest does no I/O: the series exist, with Firecracker's figures (0)
      for (const sample of samples(metrics, 'hearth_vm_drive_write_bytes_total')) {
        assert.equal(sample.value, 0);
      }
      if (isRoot) {
        const nics = samples(metrics, 'hearth_vm_nic_rx_bytes_total', { vm_id: vmId });
        assert.deepEqual(
          nics.map((s) => s.labels.iface_id),
          ['eth0'],
        );
      }
    });

    test('a stopped VM has no device series; its state moves', async () => {
      const other = await stack.createVm({ name: `metrics-stopped-${Date.now()}` });
      assert.equal(other.status, 201);
      assert.equal((await stack.request('POST', `/v1/vms/${other.body.id}/stop`)).status, 200);
      const metrics = await scrape();
      assert.deepEqual(
        samples(metrics, 'hearth_vm_drive_read_bytes_total', { vm_id: other.body.id }),
        [],
      );
      assert.equal(
        samples(metrics, 'hearth_vm_info', { vm_id: other.body.id })[0]?.labels.state,
        'stopped',
      );
      assert.ok(samples(metrics, 'hearth_vms', { state: 'stopped' }).length >= 1);
    });

    test("the manager's own: HTTP by route template, launch steps, agent calls, reconcile", async () => {
      await new Reconciler(stack.ctx, stack.services.lifecycle, {
        info() {},
        warn() {},
      }).reconcileOnce();
      const metrics = await scrape();
      const passes = samples(metrics, 'hearth_reconcile_pass_duration_seconds_count');
      assert.ok((passes[0]?.value ?? 0) >= 1, 'a reconcile pass timed');
      const created = samples(metrics, 'hearth_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/v1/vms',
        status_code: '201',
      });
      assert.ok((created[0]?.value ?? 0) >= 1, 'POST /v1/vms 201 counted');
      // route templates, never URLs with ids
      for (const sample of samples(metrics, 'hearth_http_request_duration_seconds_count')) {
        assert.doesNotMatch(sample.labels.route ?? '', /[0-9a-f]{8}-[0-9a-f]{4}/);
      }
      const steps = samples(metrics, 'hearth_launch_step_duration_seconds_count', {
        step: 'launch.instance-start',
        ok: 'true',
      });
      assert.ok((steps[0]?.value ?? 0) >= 1, 'launch.instance-start timed');
      const launches = samples(metrics, 'hearth_agent_request_duration_seconds_count', {
        operation: 'POST /vms/:vmId/launch',
        outcome: 'ok',
      });
      assert.ok((launches[0]?.value ?? 0) >= 1, 'agent launch calls timed');
      for (const family of ['hearth_launch_failures_total', 'hearth_reconcile_corrections_total']) {
        assert.ok(metrics.has(family), `${family} is declared`);
      }
    });

    test('a failed launch is counted by code and step', async () => {
      // a host-path drive whose file goes away before the start: the launch fails on the host
      const file = join(stack.imagesDir, `metrics-fail-${Date.now()}.img`);
      await writeFile(file, '');
      await truncate(file, 1024 * 1024);
      const created = await stack.createVm({
        name: `metrics-fail-${Date.now()}`,
        start: false,
        drives: [{ drive_id: 'scratch', path_on_host: file }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await rm(file);
      const started = await stack.request('POST', `/v1/vms/${created.body.id}/start`);
      assert.ok(started.status >= 400, JSON.stringify(started.body));
      const vm = (await stack.request('GET', `/v1/vms/${created.body.id}`)).body;
      const { code, step } = vm.last_error;
      const metrics = await scrape();
      const counted = samples(metrics, 'hearth_launch_failures_total', {
        code,
        step: step ?? 'none',
      });
      assert.equal(counted[0]?.value, 1, `${code} at ${step} counted once`);
    });

    describe('with an API token', () => {
      let manager: ListeningApp;
      before(async () => {
        manager = await listeningApp(stack);
      });
      after(async () => {
        await manager?.close();
      });

      test('answers 401 without it and the exposition with it', async () => {
        const head = ['GET /metrics HTTP/1.1', 'Host: hearth.test'];
        const refused = await rawRequest(manager.target, head);
        assert.equal(refused.status, 401);
        assert.equal(refused.json.error.code, 'UNAUTHORIZED');
        const served = await rawRequest(manager.target, [
          ...head,
          `Authorization: Bearer ${API_TOKEN}`,
        ]);
        assert.equal(served.status, 200);
        assert.ok(parsePrometheusText(served.body).has('hearth_vms'));
      });
    });
  });
});
