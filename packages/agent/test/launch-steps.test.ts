// The step runner: order, reports with durations, undo in reverse on failure (also when an
// undo itself fails), and the launch plan's fixed names and drive order.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attachOrder, toFirecrackerDrive } from '../src/launch/firecracker-steps.ts';
import { LAUNCH_STEPS } from '../src/launch/launch-plan.ts';
import {
  runSteps,
  type Step,
  StepFailedError,
  type StepLogger,
} from '../src/launch/step-runner.ts';
import type { LaunchDrive } from '../src/wire.ts';

function recordingLogger(): StepLogger & { lines: string[] } {
  const lines: string[] = [];
  const write = (_obj: object, msg: string) => void lines.push(msg);
  return { lines, info: write, warn: write, error: write };
}

describe('runSteps', () => {
  test('runs steps in order and reports each with its duration', async () => {
    const order: string[] = [];
    const steps: Step<string[]>[] = ['a', 'b'].map((name) => ({
      name,
      run: async (ctx) => void ctx.push(name),
    }));
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
    assert.ok(reports.every((r) => r.duration_ms >= 0));
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

describe('launch plan', () => {
  test('has the documented step names in order', () => {
    assert.deepEqual(
      LAUNCH_STEPS.map((s) => s.name),
      [
        'launch.ensure-vm-dirs',
        'launch.ensure-disks',
        'launch.ensure-bridge',
        'launch.create-taps',
        'launch.spawn-vmm',
        'launch.wait-for-api-socket',
        'launch.machine-config',
        'launch.boot-source',
        'launch.drives',
        'launch.network-interfaces',
        'launch.logger',
        'launch.metrics',
        'launch.instance-start',
      ],
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
