// Shared steps of the browser tests: VMs made and removed through the API (each test owns
// uniquely named VMs and deletes them), and the few UI paths every test walks (open a VM's
// page, read a drive row's attachment, wait for a state).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { eventually, type Locator, type Page, waitForText } from '../support/browser.ts';
import type { Hearth } from '../support/hearth.ts';

export const MiB = 1024 * 1024;

export interface Vm {
  id: string;
  name: string;
  state: string;
  vcpu: number;
  mem_mib: number;
  boot_args: string;
  started_at: string | null;
  drives: Drive[];
}

export interface Drive {
  id: string | null;
  drive_id: string;
  path_on_host: string;
  size_bytes: number | null;
  source: string | null;
  is_read_only: boolean;
  cache_type: string;
  io_engine: string;
  attachment: string | null;
}

export const uniqueName = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;

/** The VMs a test made, deleted in its `finally` (or the suite's `afterEach`). */
export class VmTracker {
  private readonly names = new Set<string>();
  constructor(private readonly hearth: () => Hearth) {}

  track(name: string): string {
    this.names.add(name);
    return name;
  }

  async createViaApi(name: string, extra: Record<string, unknown> = {}): Promise<Vm> {
    const hearth = this.hearth();
    const images = await hearth.images();
    this.track(name);
    const res = await hearth.api<Vm>('POST', '/v1/vms', {
      name,
      vcpu: 1,
      mem_mib: 128,
      kernel_image_id: images.kernel,
      rootfs_image_id: images.rootfs,
      ...extra,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  }

  /** Deletes every tracked VM that still exists; returns how many it had to delete. */
  async cleanup(): Promise<number> {
    const hearth = this.hearth();
    let deleted = 0;
    for (const name of this.names) {
      const vm = await findVm(hearth, name);
      if (vm) {
        const res = await hearth.api('DELETE', `/v1/vms/${vm.id}`);
        if (res.status !== 204 && res.status !== 404)
          throw new Error(
            `cleanup of ${name}: ${res.status} ${JSON.stringify(res.body)}\n` +
              // the agent says "see the agent log" for its own failures: show it here
              hearth
                .log()
                .split('\n')
                .filter((line) => line.includes(vm.id))
                .slice(-20)
                .join('\n'),
          );
        deleted++;
      }
    }
    this.names.clear();
    return deleted;
  }
}

export async function findVm(hearth: Hearth, name: string): Promise<Vm | undefined> {
  const res = await hearth.api<{ items: Vm[] }>('GET', `/v1/vms?name=${encodeURIComponent(name)}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.items.find((v) => v.name === name);
}

export async function getVm(hearth: Hearth, id: string): Promise<Vm> {
  const res = await hearth.api<Vm>('GET', `/v1/vms/${id}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

export async function listDrives(hearth: Hearth, vmId: string): Promise<Drive[]> {
  const res = await hearth.api<{ items: Drive[] }>('GET', `/v1/vms/${vmId}/drives`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.items;
}

export async function waitForApiState(hearth: Hearth, vmId: string, state: string) {
  let seen = '';
  return eventually(
    async () => {
      const vm = await getVm(hearth, vmId);
      seen = vm.state;
      return vm.state === state ? vm : false;
    },
    { timeout: 20_000, message: `VM ${vmId} in state ${state} (is ${seen})` },
  );
}

export async function liveDriveIds(hearth: Hearth, vmId: string): Promise<string[]> {
  const config = await hearth.liveConfig(vmId);
  return (config.drives ?? []).map((d) => d.drive_id).sort();
}

/** The dialog whose accessible name is `name` (Radix dialogs and alert dialogs alike). */
export function dialog(page: Page, name: string | RegExp): Locator {
  return page.getByRole('dialog', { name }).or(page.getByRole('alertdialog', { name })).first();
}

/**
 * Clicks a button that opens a dialog and returns the dialog. A table row can still shift
 * while the refetches of a previous change land (a wider attachment badge moves the row's
 * buttons), which makes a click miss, as a person's would: click again, as a person would.
 */
export async function openDialog(page: Page, button: Locator, name: string): Promise<Locator> {
  const opened = dialog(page, name);
  for (let attempt = 1; ; attempt++) {
    // a click that did land may only render after a few seconds on a loaded host: the
    // dialog's overlay then covers the button, so look before clicking again
    if (attempt > 1 && (await opened.isVisible())) return opened;
    await button.click({ timeout: 5000 }).catch((err: unknown) => {
      if (attempt === 3) throw err;
    });
    try {
      await opened.waitFor({ timeout: attempt === 3 ? 15_000 : 4000 });
      return opened;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/** The page of one VM, reached the way an operator would: the list, then the VM's link. */
export async function openVm(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Virtual machines' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search by name' }).fill(name);
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true, level: 1 }).waitFor();
}

/** The detail page's state badge shows `state`. */
export async function waitForUiState(page: Page, state: string, timeout = 20_000) {
  await page.getByRole('main').getByText(state, { exact: true }).first().waitFor({ timeout });
}

export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await eventually(async () => (await tab.getAttribute('aria-selected')) === 'true', {
    message: `tab ${name} selected`,
  });
}

/** The row of the drives table for `driveId`. */
export function driveRow(page: Page, driveId: string): Locator {
  return page
    .getByRole('tabpanel', { name: 'Drives' })
    .getByRole('row')
    .filter({ has: page.getByText(driveId, { exact: true }) });
}

/** Waits until the drive's row shows `attachment` ('attached', 'pending attach', ...). */
export async function waitForAttachment(page: Page, driveId: string, attachment: string) {
  await driveRow(page, driveId)
    .getByText(attachment, { exact: true })
    .waitFor({ timeout: 20_000 })
    .catch(async (err) => {
      const rows = await page
        .getByRole('tabpanel', { name: 'Drives' })
        .textContent()
        .catch(() => '');
      throw new Error(`drive ${driveId} never showed "${attachment}": ${err.message}\n${rows}`);
    });
}

/** Clicks the detail page's lifecycle button and waits for the state badge. */
export async function lifecycle(page: Page, action: 'Start' | 'Stop' | 'Restart', then: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  await waitForUiState(page, then);
}

export { waitForText };
