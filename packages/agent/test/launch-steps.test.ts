// The step runner: order, reports with durations, undo in reverse on failure (also when an
// undo itself fails), and the launch plan's fixed names and drive order.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LaunchDrive } from '../src/contract/index.ts';
import { attachOrder, toFirecrackerDrive } from '../src/launch/firecracker-steps.ts';
import { LAUNCH_STEPS } from '../src/launch/launch-plan.ts';
import {
  runSteps,
  type Step,
  StepFailedError,
  type StepLogger,
} from '../src/launch/step-runner.ts';

function recordingLogger(): StepLogger & { lines: string[] } {
  const lines: string[] = [];
  const write = (_obj: object, msg: string) => void lines.push(msg);
  return { lines, info: write, warn: write, error: write };
}

describe('runSteps', () => {
  test('runs steps in order and reports each with its duration', async () => {
    const order: string[] = [];
    // `a` takes a measurable time, `b` none: the reports must tell them apart
    const steps: Step<string[]>[] = [
      {
        name: 'a',
        run: async (ctx) => {
          await sleep(25);
          ctx.push('a');
        },
      },
      { name: 'b', run: async (ctx) => void ctx.push('b') },
    ];
    const log = recordingLogger();
    const reports = await runSteps(steps, order, log);
    assert.deepEqual(order, ['a', 'b']);
    assert.deepEqual(
      reports.map((r) => [r.name, r.ok]),
      [
        ['a', true],
        ['b', true],
      ],
    );
    const [a, bReport] = reports.map((r) => r.duration_ms);
    assert.ok(a !== undefined && a >= 20, `a slept 25 ms but reported ${a} ms`);
    assert.ok(bReport !== undefined && bReport < a, `b (${bReport} ms) must report less than a`);
    assert.deepEqual(log.lines, ['a done', 'b done']);
  });

  test('a failure undoes earlier steps in reverse, even past a failing undo', async () => {
    const undone: string[] = [];
    const steps: Step<null>[] = [
      {
        name: 'one',
        run: async (_ctx, undo) => {
          undo.add('first', async () => void undone.push('first'));
          undo.add('second', async () => {
            undone.push('second');
            throw new Error('undo broke');
          });
        },
      },
      {
        name: 'two',
        run: async (_ctx, undo) => undo.add('third', async () => void undone.push('third')),
      },
      {
        name: 'three',
        run: async () => {
          throw new Error('boom');
        },
      },
      { name: 'never', run: async () => assert.fail('must not run') },
    ];
    const log = recordingLogger();
    const failure = await runSteps(steps, null, log).then(
      () => assert.fail('should fail'),
      (err: unknown) => err,
    );
    assert.ok(failure instanceof StepFailedError);
    assert.equal(failure.step, 'three');
    assert.equal((failure.cause as Error).message, 'boom');
    assert.deepEqual(
      failure.reports.map((r) => [r.name, r.ok]),
      [
        ['one', true],
        ['two', true],
        ['three', false],
      ],
    );
    assert.deepEqual(undone, ['third', 'second', 'first']);
    assert.ok(log.lines.includes('undo failed'));
  });
});

describe('runSteps: optional steps', () => {
  test('a step whose shouldRun says false is skipped: it neither runs nor is reported', async () => {
    const ran: string[] = [];
    const steps: Step<{ wanted: boolean }>[] = [
      { name: 'always', run: async () => void ran.push('always') },
      {
        name: 'optional',
        shouldRun: (ctx) => ctx.wanted,
        run: async () => void ran.push('optional'),
      },
    ];
    const skipped = await runSteps(steps, { wanted: false }, recordingLogger());
    assert.deepEqual(
      skipped.map((r) => r.name),
      ['always'],
    );
    assert.deepEqual(ran, ['always']);
    const taken = await runSteps(steps, { wanted: true }, recordingLogger());
    assert.deepEqual(
      taken.map((r) => r.name),
      ['always', 'optional'],
    );
  });
});

describe('launch plan', () => {
  test("the step table in docs/api.md lists the plan's steps, in order", async () => {
    // step names are part of the API: a step added, renamed or moved without the docs fails here
    const doc = await readFile(new URL('../docs/api.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `(launch\.[a-z-]+)`/gm)].map((m) => m[1]);
    assert.deepEqual(
      documented,
      LAUNCH_STEPS.map((s) => s.name),
    );
  });

  test('drives attach root first, then by drive_id; agent-only fields are not sent', () => {
    const drive = (drive_id: string, is_root_device = false): LaunchDrive => ({
      drive_id,
      is_root_device,
      path_on_host: `/d/${drive_id}`,
      source: 'provisioned',
      size_bytes: 1024,
    });
    const ordered = attachOrder([
      drive('zeta'),
      drive('alpha'),
      drive('root', true),
      drive('beta'),
    ]);
    assert.deepEqual(
      ordered.map((d) => d.drive_id),
      ['root', 'alpha', 'beta', 'zeta'],
    );
    assert.deepEqual(toFirecrackerDrive(drive('alpha')), {
      drive_id: 'alpha',
      is_root_device: false,
      path_on_host: '/d/alpha',
    });
  });
});
