// The VM list of the web UI: create a VM with extra drives from the create dialog, find it
// with the search and the state filter, stop and delete it from its row, and check each
// step against the API and the VM's storage directory on the host.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  type BrowserSuite,
  choose,
  eventually,
  needsBrowser,
  openPage,
  startBrowserSuite,
  type UiPage,
} from '../support/browser.ts';
import { databaseKinds } from '../support/hearth.ts';
import {
  dialog,
  findVm,
  getVm,
  MiB,
  openDialog,
  uniqueName,
  VmTracker,
  waitForApiState,
} from './helpers.ts';

for (const kind of databaseKinds()) {
  describe(`web UI: VM list (${kind})`, { skip: needsBrowser }, () => {
    let suite: BrowserSuite;
    let ui: UiPage | undefined;
    const vms = new VmTracker(() => suite.hearth);

    before(async () => {
      suite = await startBrowserSuite(kind);
    });
    after(async () => {
      await suite?.close();
    });
    afterEach(async () => {
      await ui?.close();
      ui = undefined;
      await vms.cleanup();
    });

    /** The list row of the VM named `name`. */
    const row = (page: UiPage['page'], name: string) =>
      page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

    test('3. create a VM with extra drives in the create dialog, delete it from its list row', async () => {
      ui = await openPage(suite.browser);
      const { page } = ui;
      const { hearth } = suite;
      const name = vms.track(uniqueName(`ui-drives-${kind}`));

      await page.goto(hearth.baseUrl);
      await page.getByRole('heading', { name: 'Virtual machines' }).waitFor();
      // the first click can land while the list's first render is still settling: retried
      const create = await openDialog(
        page,
        page.getByRole('button', { name: 'Create VM' }).first(),
        'Create VM',
      );
      await create.getByLabel('Name', { exact: true }).fill(name);
      await create.getByLabel('vCPUs', { exact: true }).fill('1');
      await create.getByLabel('Memory (MiB)', { exact: true }).fill('128');
      // the create dialog sizes extra drives in GiB
      const extra = [
        { id: 'extra1', gib: '0.5', bytes: 512 * MiB },
        { id: 'extra2', gib: '1', bytes: 1024 * MiB },
      ];
      for (const [i, d] of extra.entries()) {
        await create.getByRole('button', { name: 'Add drive' }).click();
        const driveIds = create.getByLabel('Drive ID', { exact: true });
        await eventually(async () => (await driveIds.count()) === i + 1, {
          message: `${i + 1} drive rows in the create dialog`,
        });
        await driveIds.nth(i).fill(d.id);
        await choose(page, create, 'Drive source', 'Auto-provision', i);
        await create.getByLabel('Size (GiB)', { exact: true }).nth(i).fill(d.gib);
      }
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      await create.waitFor({ state: 'hidden' });

      const vm = await eventually(() => findVm(hearth, name), { message: `VM ${name} exists` });
      await waitForApiState(hearth, vm.id, 'running');
      const detail = await getVm(hearth, vm.id);
      const byId = new Map(detail.drives.map((d) => [d.drive_id, d]));
      assert.deepEqual([...byId.keys()].sort(), ['extra1', 'extra2', 'rootfs']);
      for (const d of extra) assert.equal(byId.get(d.id)?.size_bytes, d.bytes, d.id);
      for (const id of ['extra1', 'extra2']) {
        const path = byId.get(id)!.path_on_host;
        assert.ok(path.startsWith(`${hearth.vmDir(vm.id)}/storage/`), path);
        assert.equal(statSync(path).size, byId.get(id)!.size_bytes);
      }
      const live = await hearth.liveConfig(vm.id);
      assert.deepEqual(live.drives?.map((d) => d.drive_id).sort(), ['extra1', 'extra2', 'rootfs']);

      // back to the list: the row, its action, the confirmation
      await page.goto(hearth.baseUrl);
      await row(page, name).waitFor();
      await page.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
      const confirm = dialog(page, new RegExp(`Delete .*${name}`));
      await confirm.waitFor();
      await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
      await confirm.waitFor({ state: 'hidden' });
      await row(page, name).waitFor({ state: 'detached' });

      assert.equal((await hearth.api('GET', `/v1/vms/${vm.id}`)).status, 404);
      assert.equal(existsSync(hearth.vmDir(vm.id)), false, 'storage directory removed');
    });

    test('the list: search by name, filter by state, stop and start from a row', async () => {
      ui = await openPage(suite.browser);
      const { page } = ui;
      const { hearth } = suite;
      const tag = uniqueName('list');
      const a = await vms.createViaApi(`${tag}-alpha`);
      const b = await vms.createViaApi(`${tag}-beta`, { start: false });

      await page.goto(hearth.baseUrl);
      await page.getByRole('heading', { name: 'Virtual machines' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search by name' }).fill(tag);
      await row(page, a.name).waitFor();
      await row(page, b.name).waitFor();
      await page.getByRole('searchbox', { name: 'Search by name' }).fill(`${tag}-ALPHA`);
      await row(page, b.name).waitFor({ state: 'detached' });
      await row(page, a.name).waitFor();

      await page.getByRole('searchbox', { name: 'Search by name' }).fill(tag);
      await row(page, b.name).waitFor();
      await choose(page, page, 'State', 'running');
      await row(page, b.name).waitFor({ state: 'detached' });
      await row(page, a.name).waitFor();

      await page.getByRole('button', { name: `Stop ${a.name}`, exact: true }).click();
      // a confirmation is fine, if the UI asks
      const confirm = dialog(page, /Stop/);
      if (await confirm.isVisible().catch(() => false))
        await confirm.getByRole('button', { name: 'Stop', exact: true }).click();
      await waitForApiState(hearth, a.id, 'stopped');
      // filtered by "running": the stopped VM leaves the list
      await row(page, a.name).waitFor({ state: 'detached', timeout: 20_000 });
      await choose(page, page, 'State', 'stopped');
      await row(page, a.name).getByText('stopped', { exact: true }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: `Start ${a.name}`, exact: true }).click();
      await waitForApiState(hearth, a.id, 'running');
    });
  });
}
