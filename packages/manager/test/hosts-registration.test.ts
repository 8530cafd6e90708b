// A remote agent's self-registration against a listening manager (real HTTP): it registers
// with the join token, heartbeats, retries with backoff while refused, and registers again
// when the manager no longer knows it.
import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { after, before, describe, test } from 'node:test';
// The agent package exports its wire contract only; the registration loop is tested here,
// against the manager it talks to.
import {
  type RegistrationLog,
  startManagerRegistration,
} from '../../agent/src/registration/manager-registration.ts';
import { loadRegistrationConfig } from '../../agent/src/registration/registration-config.ts';
import { forEachDatabase } from './support/databases.ts';
import { JOIN_TOKEN, type Stack, startStack } from './support/stack.ts';

class RecordingLog implements RegistrationLog {
  readonly lines: Array<{ level: string; msg: string; obj: Record<string, unknown> }> = [];
  info(obj: object, msg: string) {
    this.lines.push({ level: 'info', msg, obj: obj as Record<string, unknown> });
  }
  warn(obj: object, msg: string) {
    this.lines.push({ level: 'warn', msg, obj: obj as Record<string, unknown> });
  }
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

forEachDatabase((kind) => {
  describe('agent self-registration', () => {
    let stack: Stack;
    let managerUrl: string;
    before(async () => {
      stack = await startStack(kind);
      managerUrl = await stack.app.listen({ host: '127.0.0.1', port: 0 });
    });
    after(() => stack?.close());

    const start = (name: string, log: RecordingLog, joinToken = JOIN_TOKEN) =>
      startManagerRegistration({
        managerUrl,
        joinToken,
        name,
        advertiseAddr: stack.agentAddr,
        agentToken: stack.agentToken,
        capabilities: () => stack.agent.hostInfo(),
        log,
        heartbeatIntervalMs: 100,
        initialBackoffMs: 20,
        maxBackoffMs: 160,
      });

    const hostNamed = async (name: string) =>
      (await stack.request('GET', '/v1/hosts')).body.items.find(
        (h: { name: string }) => h.name === name,
      );

    test('registers with its capabilities, then heartbeats keep last_seen_at moving', async (t) => {
      const log = new RecordingLog();
      const registration = start('remote-1', log);
      t.after(() => registration.stop());
      const id = await registration.registered;
      const first = await hostNamed('remote-1');
      assert.equal(first.id, id);
      assert.equal(first.addr, stack.agentAddr);
      assert.equal(first.healthy, true);
      assert.equal(first.capabilities.storage_root, stack.storageRoot);
      await eventually('a heartbeat', async () => {
        const now = await hostNamed('remote-1');
        return Date.parse(now.last_seen_at) > Date.parse(first.last_seen_at) ? now : undefined;
      });
      assert.deepEqual(
        log.lines.filter((l) => l.level === 'warn'),
        [],
      );
    });

    test('a refused join token is retried with growing, capped delays and stores nothing', async (t) => {
      const log = new RecordingLog();
      const registration = start('remote-refused', log, 'wrong-join-token-0123456789');
      t.after(() => registration.stop());
      const warnings = await eventually('five failed attempts', async () => {
        const warns = log.lines.filter((l) => l.level === 'warn');
        return warns.length >= 5 ? warns : undefined;
      });
      assert.deepEqual(
        warnings.slice(0, 5).map((w) => w.obj.retry_in_ms),
        [20, 40, 80, 160, 160],
      );
      assert.match(String(warnings[0]!.obj.err), /401/);
      assert.equal(await hostNamed('remote-refused'), undefined);
      registration.stop();
      const count = log.lines.length;
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(log.lines.length, count, 'no attempt after stop()');
    });

    test('when the manager no longer knows the host, the agent registers again', async (t) => {
      const log = new RecordingLog();
      const registration = start('remote-forgotten', log);
      t.after(() => registration.stop());
      const firstId = await registration.registered;
      await stack.ctx.db.deleteFrom('host').where('id', '=', firstId).execute();
      const again = await eventually('a new registration', async () => {
        const host = await hostNamed('remote-forgotten');
        return host && host.id !== firstId ? host : undefined;
      });
      assert.equal(again.healthy, true);
      assert.ok(log.lines.some((l) => /no longer knows this host/.test(l.msg)));
    });
  });
});

describe('agent registration environment', () => {
  const full = {
    HEARTH_MANAGER_URL: 'https://hearth.example:8080',
    HEARTH_JOIN_TOKEN: JOIN_TOKEN,
    HEARTH_AGENT_ADVERTISE_ADDR: 'http://10.0.0.7:9091',
  };

  test('none of the variables: registration is off', () => {
    assert.equal(loadRegistrationConfig({}), null);
  });

  test('all of them: the name defaults to the hostname, heartbeats to 10 s', () => {
    assert.equal(loadRegistrationConfig(full)?.name, hostname());
    const config = loadRegistrationConfig({ ...full, HEARTH_AGENT_NAME: 'node-7' });
    assert.deepEqual(config, {
      managerUrl: full.HEARTH_MANAGER_URL,
      joinToken: JOIN_TOKEN,
      advertiseAddr: full.HEARTH_AGENT_ADVERTISE_ADDR,
      name: 'node-7',
      heartbeatIntervalMs: 10_000,
    });
  });

  test('some but not all, or malformed values, refuse to start naming the variable', () => {
    assert.throws(
      () => loadRegistrationConfig({ HEARTH_MANAGER_URL: full.HEARTH_MANAGER_URL }),
      /HEARTH_JOIN_TOKEN/,
    );
    assert.throws(
      () => loadRegistrationConfig({ ...full, HEARTH_MANAGER_URL: 'hearth:8080' }),
      /HEARTH_MANAGER_URL/,
    );
    assert.throws(
      () => loadRegistrationConfig({ ...full, HEARTH_AGENT_ADVERTISE_ADDR: '10.0.0.7:9091' }),
      /HEARTH_AGENT_ADVERTISE_ADDR/,
    );
    assert.throws(
      () => loadRegistrationConfig({ ...full, HEARTH_AGENT_NAME: 'bad name' }),
      /HEARTH_AGENT_NAME/,
    );
    assert.throws(
      () => loadRegistrationConfig({ ...full, HEARTH_HEARTBEAT_INTERVAL_MS: '5' }),
      /HEARTH_HEARTBEAT_INTERVAL_MS/,
    );
  });
});
