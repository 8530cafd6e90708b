// The drive semantics of DESIGN.md through the web UI: an operator adds, edits and removes
// drives in a real browser, and the test checks what the screen says against the API, the
// files in the VM's storage and the live Firecracker configuration.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  type BrowserSuite,
  choose,
  eventually,
  needsBrowser,
  openPage,
  type Page,
  screenshot,
  startBrowserSuite,
  type UiPage,
  waitForText,
} from '../support/browser.ts';
import { databaseKinds, isRoot } from '../support/hearth.ts';
import {
  dialog,
  driveRow,
  findVm,
  getVm,
  lifecycle,
  listDrives,
  liveDriveIds,
  MiB,
  openDialog,
  openTab,
  openVm,
  uniqueName,
  VmTracker,
  waitForApiState,
  waitForAttachment,
  waitForUiState,
} from './helpers.ts';

const DRIVES_NOTE =
  'Drives are stored in the database and will be attached when the VM starts. Changes take effect on next VM start.';
const RUNNING_NOTE =
  'This drive will be created immediately but attached to Firecracker on next VM start.';

/** Bytes as the UI shows them (IEC, at most one decimal). */
const formatIec = (bytes: number) => {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1);
  return `${String(rounded).replace(/\.0$/, '')} ${units[unit]}`;
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A screenshot of the page at rest: scrolled to the top, no toast over the table. */
async function restingShot(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await eventually(async () => (await page.locator('[data-sonner-toast]').count()) === 0, {
    timeout: 12_000,
    message: 'toasts gone',
  });
  await screenshot(page, name, { fullPage });
}

for (const kind of databaseKinds()) {
  describe(`web UI: drives (${kind})`, { skip: needsBrowser }, () => {
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

    const newPage = async () => {
      ui = await openPage(suite.browser);
      return ui;
    };

    /** Fills the open "Add drive" editor for a provisioned drive and saves it. */
    const addDrive = async (
      page: UiPage['page'],
      driveId: string,
      size: string,
      unit: 'MiB' | 'GiB' = 'MiB',
    ) => {
      await page.getByRole('button', { name: 'Add drive' }).click();
      const editor = dialog(page, 'Add drive');
      await editor.waitFor();
      await editor.getByLabel('Drive ID', { exact: true }).fill(driveId);
      await editor.getByLabel('Size', { exact: true }).fill(size);
      await choose(page, editor, 'Size unit', unit);
      return editor;
    };

    test('1. create a VM in the UI, add a drive while it runs: pending attach until stop and start', async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const name = vms.track(uniqueName(`ui-create-${kind}`));
      const images = (await hearth.api('GET', '/v1/images')).body.items as Array<{
        id: string;
        kind: string;
        name: string;
      }>;
      const kernel = images.find((i) => i.kind === 'kernel')!;
      const rootfs = images.find((i) => i.kind === 'rootfs')!;

      await page.goto(hearth.baseUrl);
      // the first click can land while the list's first render is still settling: retried
      const create = await openDialog(
        page,
        page.getByRole('button', { name: 'Create VM' }).first(),
        'Create VM',
      );
      await create.getByLabel('Name', { exact: true }).fill(name);
      await create.getByLabel('vCPUs', { exact: true }).fill('2');
      await create.getByLabel('Memory (MiB)', { exact: true }).fill('192');
      await choose(page, create, 'Kernel image', new RegExp(`^${escapeRegExp(kernel.name)}( |$)`));
      await choose(page, create, 'Rootfs image', new RegExp(`^${escapeRegExp(rootfs.name)}( |$)`));
      const startAfter = create.getByRole('checkbox', { name: 'Start after create' });
      assert.equal(
        await startAfter.isChecked(),
        true,
        '"Start after create" is checked by default',
      );
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      await create.waitFor({ state: 'hidden' });

      const vm = await eventually(() => findVm(hearth, name), { message: `VM ${name} exists` });
      assert.equal(vm.vcpu, 2);
      assert.equal(vm.mem_mib, 192);
      await waitForApiState(hearth, vm.id, 'running');
      const live = await hearth.liveConfig(vm.id);
      assert.equal(live['machine-config']?.vcpu_count, 2);
      assert.equal(live['machine-config']?.mem_size_mib, 192);
      assert.deepEqual(await liveDriveIds(hearth, vm.id), ['rootfs']);

      // the dialog may land on the new VM's page or stay on the list
      const heading = page.getByRole('heading', { name, exact: true, level: 1 });
      if (!(await heading.isVisible())) await openVm(page, hearth.baseUrl, name);
      await waitForUiState(page, 'running');

      await openTab(page, 'Drives');
      await page.getByText(DRIVES_NOTE).waitFor();
      await waitForAttachment(page, 'rootfs', 'attached');
      const editor = await addDrive(page, 'data1', '64');
      await editor.getByText(RUNNING_NOTE).waitFor();
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.waitFor({ state: 'hidden' });
      await waitForAttachment(page, 'data1', 'pending attach');

      const added = (await listDrives(hearth, vm.id)).find((d) => d.drive_id === 'data1');
      assert.ok(added, 'the API lists the new drive');
      assert.equal(added.attachment, 'pending_attach');
      assert.equal(added.source, 'provisioned');
      assert.equal(added.size_bytes, 64 * MiB);
      assert.ok(
        added.path_on_host.startsWith(`${hearth.vmDir(vm.id)}/storage/`),
        added.path_on_host,
      );
      assert.equal(statSync(added.path_on_host).size, 64 * MiB, 'the file is allocated at once');
      assert.deepEqual(
        await liveDriveIds(hearth, vm.id),
        ['rootfs'],
        'Firecracker was not touched',
      );

      await lifecycle(page, 'Stop', 'stopped');
      assert.equal((await getVm(hearth, vm.id)).state, 'stopped');
      await lifecycle(page, 'Start', 'running');
      await waitForAttachment(page, 'data1', 'attached');
      const liveData1 = (await hearth.liveConfig(vm.id)).drives?.find(
        (d) => d.drive_id === 'data1',
      );
      assert.equal(liveData1?.path_on_host, added.path_on_host);
      assert.equal(liveData1?.is_read_only, false);
      assert.equal(
        (await listDrives(hearth, vm.id)).find((d) => d.drive_id === 'data1')?.attachment,
        'attached',
      );
      assert.deepEqual(errors, [], 'no console errors');
    });

    test('2. a stopped VM: add a drive in the UI, start from the UI, attached', async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const vm = await vms.createViaApi(uniqueName(`ui-stopped-${kind}`));
      assert.equal((await hearth.api('POST', `/v1/vms/${vm.id}/stop`)).status, 200);

      await openVm(page, hearth.baseUrl, vm.name);
      await waitForUiState(page, 'stopped');
      await openTab(page, 'Drives');
      const editor = await addDrive(page, 'scratch', '1', 'GiB');
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.waitFor({ state: 'hidden' });
      await driveRow(page, 'scratch').waitFor();
      const added = (await listDrives(hearth, vm.id)).find((d) => d.drive_id === 'scratch');
      assert.ok(added);
      assert.equal(added.attachment, null, 'no attachment while stopped');
      assert.equal(added.size_bytes, 1024 * MiB);
      for (const text of ['pending attach', 'attached'])
        assert.equal(await driveRow(page, 'scratch').getByText(text, { exact: true }).count(), 0);

      await lifecycle(page, 'Start', 'running');
      await waitForAttachment(page, 'scratch', 'attached');
      const live = (await hearth.liveConfig(vm.id)).drives?.find((d) => d.drive_id === 'scratch');
      assert.equal(live?.path_on_host, added.path_on_host);
      assert.deepEqual(errors, [], 'no console errors');
    });

    test('4. a provisioned drive deleted by hand comes back on start from the UI, sparse and same size', async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const vm = await vms.createViaApi(uniqueName(`ui-recreate-${kind}`), {
        drives: [{ drive_id: 'cache', size_bytes: 512 * MiB }],
      });
      const drive = vm.drives.find((d) => d.drive_id === 'cache')!;
      const originalSize = statSync(drive.path_on_host).size;
      assert.equal(originalSize, 512 * MiB);
      assert.equal((await hearth.api('POST', `/v1/vms/${vm.id}/stop`)).status, 200);
      await unlink(drive.path_on_host);
      assert.equal(existsSync(drive.path_on_host), false);

      await openVm(page, hearth.baseUrl, vm.name);
      await waitForUiState(page, 'stopped');
      await openTab(page, 'Drives');
      await lifecycle(page, 'Start', 'running');
      await waitForAttachment(page, 'cache', 'attached');
      const st = statSync(drive.path_on_host);
      assert.equal(st.size, originalSize, 'recreated with its original size');
      assert.ok(
        st.blocks * 512 < st.size,
        `sparse: ${st.blocks * 512} of ${st.size} bytes allocated`,
      );
      const live = (await hearth.liveConfig(vm.id)).drives?.find((d) => d.drive_id === 'cache');
      assert.equal(live?.path_on_host, drive.path_on_host);
      assert.deepEqual(errors, [], 'no console errors');
    });

    test('5. on a running VM: edit → pending change, remove → pending detach, bad input → inline error', async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const vm = await vms.createViaApi(uniqueName(`ui-edit-${kind}`), {
        drives: [
          { drive_id: 'data', size_bytes: 32 * MiB, cache_type: 'Unsafe' },
          { drive_id: 'logs', size_bytes: 32 * MiB },
        ],
      });
      assert.equal(vm.state, 'running');
      await openVm(page, hearth.baseUrl, vm.name);
      await waitForUiState(page, 'running');
      await openTab(page, 'Drives');
      await waitForAttachment(page, 'data', 'attached');
      await waitForAttachment(page, 'logs', 'attached');

      // edit: the row changes, Firecracker does not
      const editor = await openDialog(
        page,
        page.getByRole('button', { name: 'Edit data', exact: true }),
        'Edit drive data',
      );
      await choose(page, editor, 'Cache type', 'Writeback');
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.waitFor({ state: 'hidden' });
      await waitForAttachment(page, 'data', 'pending change');
      await page.getByText('Restart to apply').first().waitFor();
      const edited = (await listDrives(hearth, vm.id)).find((d) => d.drive_id === 'data');
      assert.equal(edited?.cache_type, 'Writeback');
      assert.equal(edited?.attachment, 'pending_change');
      const liveData = (await hearth.liveConfig(vm.id)).drives?.find((d) => d.drive_id === 'data');
      assert.equal(liveData?.cache_type, 'Unsafe', 'the live drive keeps its settings');

      // remove: the row is gone from the database, the VMM still has the device
      const logs = vm.drives.find((d) => d.drive_id === 'logs')!;
      const remove = await openDialog(
        page,
        page.getByRole('button', { name: 'Remove logs', exact: true }),
        'Remove drive logs',
      );
      const alsoDelete = remove.getByRole('checkbox', { name: 'Also delete the file' });
      assert.equal(await alsoDelete.isChecked(), false, 'keeping the file is the default');
      await remove.getByRole('button', { name: 'Remove', exact: true }).click();
      await remove.waitFor({ state: 'hidden' });
      await waitForAttachment(page, 'logs', 'pending detach');
      const listed = (await listDrives(hearth, vm.id)).find((d) => d.drive_id === 'logs');
      assert.equal(listed?.attachment, 'pending_detach');
      assert.equal(listed?.id, null, 'no database row any more');
      assert.ok(existsSync(logs.path_on_host), 'the file was kept');
      assert.deepEqual(await liveDriveIds(hearth, vm.id), ['data', 'logs', 'rootfs']);
      assert.equal(
        await driveRow(page, 'logs').getByRole('button', { name: 'Edit logs' }).count(),
        0,
        'a pending-detach entry cannot be edited',
      );

      // bad input: an inline error, nothing created
      const before = await listDrives(hearth, vm.id);
      for (const [driveId, size, field] of [
        ['good_id', '0', 'Size'],
        ['good_id', '-1', 'Size'],
        ['bad-id!', '64', 'Drive ID'],
      ] as const) {
        const bad = await addDrive(page, driveId, size);
        await bad.getByRole('button', { name: 'Save' }).click();
        // the field is marked invalid and its message is shown next to it
        const control = bad.getByLabel(field, { exact: true });
        await eventually(async () => (await control.getAttribute('aria-invalid')) === 'true', {
          message: `${field} marked invalid for drive_id=${driveId} size=${size}`,
        }).catch(async (err) => {
          throw new Error(`${err.message}\ndialog shows: ${await bad.textContent()}`);
        });
        // its accessible description (aria-describedby) carries the message
        const messages = await control.evaluate((el) =>
          (el.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .filter(Boolean)
            .map((id) => document.getElementById(id)?.textContent ?? null),
        );
        assert.ok(
          messages.some((m) => m && /\S/.test(m)),
          `an error message for ${field}: ${JSON.stringify(messages)}`,
        );
        assert.equal(await bad.isVisible(), true, 'the editor stays open');
        assert.deepEqual(await listDrives(hearth, vm.id), before, 'no drive was created');
        await bad.getByRole('button', { name: 'Cancel' }).click();
        await bad.waitFor({ state: 'hidden' });
      }
      assert.deepEqual(await listDrives(hearth, vm.id), before);
      assert.equal(await driveRow(page, 'good_id').count(), 0);
      assert.deepEqual(
        errors.filter((e) => !/status of 4\d\d/.test(e)),
        [],
      );
    });
    /** The drive as the API lists it, with the fields of issue 12. */
    const apiDrive = async (vmId: string, driveId: string) => {
      const res = await suite.hearth.api('GET', `/v1/vms/${vmId}/drives`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const drive = (res.body.items as Array<Record<string, any>>).find(
        (d) => d.drive_id === driveId,
      );
      assert.ok(drive, `drive ${driveId} listed`);
      return drive;
    };

    test('8. resize a provisioned drive on a running VM: pending change in size, Apply now, attached with the live size', async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const vm = await vms.createViaApi(uniqueName(`ui-grow-${kind}`), {
        drives: [{ drive_id: 'data', size_bytes: 64 * MiB }],
      });
      await waitForApiState(hearth, vm.id, 'running');
      await openVm(page, hearth.baseUrl, vm.name);
      await openTab(page, 'Drives');
      await waitForAttachment(page, 'data', 'attached');
      const row = driveRow(page, 'data');
      // the new columns: the guest device at the next start and allocated of size
      await waitForText(row, '/dev/vdb');
      await waitForText(row, /of 64 MiB/);
      const before = await apiDrive(vm.id, 'data');
      assert.equal(before.guest_device, '/dev/vdb');
      assert.equal(before.live_size_bytes, 64 * MiB);

      const resize = await openDialog(
        page,
        page.getByRole('button', { name: 'Resize data', exact: true }),
        'Resize drive data',
      );
      await resize
        .getByText(/shrinking is not possible/i)
        .first()
        .waitFor();
      const size = resize.getByLabel('New size', { exact: true });
      assert.equal(await size.inputValue(), '64', 'prefilled with the current size');
      assert.equal(await resize.getByLabel('Size unit', { exact: true }).inputValue(), 'MiB');
      // smaller: refused in the form, nothing sent
      await size.fill('32');
      await resize.getByRole('button', { name: 'Save' }).click();
      await eventually(async () => (await size.getAttribute('aria-invalid')) === 'true', {
        message: 'a smaller size is marked invalid',
      });
      await waitForText(resize, 'Shrinking is not possible: choose at least the current 64 MiB.');
      assert.equal((await apiDrive(vm.id, 'data')).size_bytes, 64 * MiB);

      // beyond the host's overcommit limit: the server's 507 with its figures, verbatim
      const host = (await hearth.api('GET', '/v1/hosts')).body.items[0];
      const limit: number | null = host.storage?.limit_bytes ?? null;
      if (limit !== null && limit < 2 * 1024 ** 4) {
        const tooBig = Math.ceil((limit + 1) / 1024 ** 3);
        await size.fill(String(tooBig));
        await choose(page, resize, 'Size unit', 'GiB');
        await resize.getByRole('button', { name: 'Save' }).click();
        const alert = resize.getByRole('alert');
        await waitForText(alert, 'Host limit');
        const text = (await alert.textContent()) ?? '';
        const direct = await hearth.api('PATCH', `/v1/vms/${vm.id}/drives/data`, {
          size_bytes: tooBig * 1024 ** 3,
        });
        assert.equal(direct.status, 507, JSON.stringify(direct.body));
        assert.equal(direct.body.error.code, 'INSUFFICIENT_STORAGE');
        assert.ok(text.includes(direct.body.error.message), `verbatim message in: ${text}`);
        assert.ok(text.includes(`${direct.body.error.details.limit_bytes} bytes`), text);
        await choose(page, resize, 'Size unit', 'MiB');
      }
      await size.fill('128');
      await screenshot(page, `${kind}-drives-resize-dialog`, { fullPage: false });
      await resize.getByRole('button', { name: 'Save' }).click();
      await resize.waitFor({ state: 'hidden' });

      // the row is grown at once, the running VMM still has the old size
      await waitForAttachment(page, 'data', 'pending change');
      await waitForText(row, 'differs in: size');
      await waitForText(row, 'running VMM: 64 MiB');
      const grown = await apiDrive(vm.id, 'data');
      assert.equal(grown.size_bytes, 128 * MiB);
      assert.equal(grown.live_size_bytes, 64 * MiB);
      assert.deepEqual(grown.pending_fields, ['size_bytes']);
      assert.equal(grown.live_apply, true);
      assert.equal(statSync(grown.path_on_host).size, 128 * MiB, 'the file grew at once');
      await restingShot(page, `${kind}-drives-pending-size`);

      const apply = row.getByRole('button', { name: 'Apply now' });
      assert.equal(await apply.isEnabled(), true);
      await apply.click();
      await waitForAttachment(page, 'data', 'attached');
      await eventually(async () => (await row.getByText('running VMM:').count()) === 0, {
        message: 'the live size note is gone',
      });
      const applied = await apiDrive(vm.id, 'data');
      assert.equal(applied.attachment, 'attached');
      assert.equal(applied.live_size_bytes, 128 * MiB, 'the VMM has the new size');
      assert.deepEqual(applied.pending_fields, []);
      await restingShot(page, `${kind}-drives-tab`);
      assert.deepEqual(
        errors.filter((e) => !/status of 50[7]/.test(e)),
        [],
      );
    });

    test('9. a read-only change needs a restart: Apply now is disabled with the reason, the API answers RESTART_REQUIRED', async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const vm = await vms.createViaApi(uniqueName(`ui-ro-${kind}`), {
        drives: [{ drive_id: 'data', size_bytes: 32 * MiB }],
      });
      await waitForApiState(hearth, vm.id, 'running');
      await openVm(page, hearth.baseUrl, vm.name);
      await openTab(page, 'Drives');
      await waitForAttachment(page, 'data', 'attached');

      const editor = await openDialog(
        page,
        page.getByRole('button', { name: 'Edit data', exact: true }),
        'Edit drive data',
      );
      await editor.getByRole('checkbox', { name: 'Read-only' }).check();
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.waitFor({ state: 'hidden' });
      await waitForAttachment(page, 'data', 'pending change');
      const row = driveRow(page, 'data');
      await waitForText(row, 'differs in: read-only');
      const apply = row.getByRole('button', { name: 'Apply now' });
      assert.equal(await apply.isDisabled(), true, 'Apply now is disabled');
      // its wrapper carries the reason as a tooltip
      await apply.locator('xpath=..').hover();
      await page
        .getByRole('tooltip')
        .getByText('Restart needed: Firecracker cannot change read-only on a running VM.')
        .waitFor();

      const drive = await apiDrive(vm.id, 'data');
      assert.equal(drive.live_apply, false);
      const refused = await hearth.api('POST', `/v1/vms/${vm.id}/drives/data/apply`);
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'RESTART_REQUIRED');
      assert.deepEqual(refused.body.error.details.fields, ['is_read_only']);
      const live = (await hearth.liveConfig(vm.id)).drives?.find((d) => d.drive_id === 'data');
      assert.equal(live?.is_read_only, false, 'nothing changed live');

      // the restart the note offers applies it
      await page.getByRole('button', { name: 'Restart to apply' }).click();
      await waitForAttachment(page, 'data', 'attached');
      await eventually(
        async () =>
          (await hearth.liveConfig(vm.id)).drives?.find((d) => d.drive_id === 'data')
            ?.is_read_only === true,
        { message: 'read-only after the restart' },
      );
      assert.deepEqual(errors, [], 'no console errors');
    });

    test("10. add a drive copied from an image, then save a stopped VM's drive as a new image", async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const vm = await vms.createViaApi(uniqueName(`ui-copy-${kind}`));
      await waitForApiState(hearth, vm.id, 'running');
      const images = (await hearth.api('GET', '/v1/images')).body.items as Array<{
        id: string;
        kind: string;
        name: string;
        size_bytes: number;
      }>;
      const rootfs = images.find((i) => i.kind === 'rootfs')!;

      await openVm(page, hearth.baseUrl, vm.name);
      await openTab(page, 'Drives');
      await waitForAttachment(page, 'rootfs', 'attached');
      await page.getByRole('button', { name: 'Add drive' }).click();
      const editor = dialog(page, 'Add drive');
      await editor.waitFor();
      await editor.getByLabel('Drive ID', { exact: true }).fill('copy');
      await editor.getByRole('radio', { name: 'Copy of an image' }).check();
      // nothing chosen: an inline error, nothing sent
      await editor.getByRole('button', { name: 'Save' }).click();
      await waitForText(editor, 'Choose an image.');
      await choose(page, editor, 'Image', new RegExp(`^${escapeRegExp(rootfs.name)} \\(`));
      await screenshot(page, `${kind}-drive-add-image`, { fullPage: false });
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.waitFor({ state: 'hidden' });
      await waitForAttachment(page, 'copy', 'pending attach');
      await waitForText(driveRow(page, 'copy'), 'image');
      const copy = await apiDrive(vm.id, 'copy');
      assert.equal(copy.source, 'image');
      assert.equal(copy.size_bytes, rootfs.size_bytes, 'the image size when none is given');
      assert.ok(copy.path_on_host.startsWith(`${hearth.vmDir(vm.id)}/`), copy.path_on_host);
      assert.equal(statSync(copy.path_on_host).size, rootfs.size_bytes, 'the copy exists');
      assert.equal(
        await driveRow(page, 'copy').getByRole('button', { name: 'Resize copy' }).count(),
        0,
        'only provisioned drives can be resized',
      );

      // a copy of a running VM's drive would be inconsistent: the button waits for a stop
      const save = page.getByRole('button', { name: 'Save copy as image', exact: true });
      assert.equal(await save.isDisabled(), true);
      await lifecycle(page, 'Stop', 'stopped');
      await eventually(() => save.isEnabled(), { message: 'Save as image enabled once stopped' });
      const name = uniqueName('golden');
      const saveDialog = await openDialog(page, save, 'Save drive copy as image');
      await saveDialog.getByLabel('Image name', { exact: true }).fill(name);
      await saveDialog.getByRole('button', { name: 'Save' }).click();
      await saveDialog.waitFor({ state: 'hidden' });
      const registered = await eventually(
        async () => {
          const list = (await hearth.api('GET', '/v1/images')).body.items as typeof images;
          return list.find((i) => i.name === name);
        },
        { message: `image ${name} registered` },
      );
      assert.equal(registered.kind, 'rootfs');
      assert.equal(registered.size_bytes, rootfs.size_bytes);
      await hearth.api('DELETE', `/v1/images/${registered.id}`);
      assert.deepEqual(errors, [], 'no console errors');
    });
    test('12. the VM summary: storage totals, and the MMDS switch (refused without a NIC)', async () => {
      const { page, errors } = await newPage();
      const { hearth } = suite;
      const bare = await vms.createViaApi(uniqueName(`ui-mmds-${kind}`), {
        start: false,
        drives: [{ drive_id: 'data', size_bytes: 32 * MiB }],
      });
      await openVm(page, hearth.baseUrl, bare.name);
      const detail = (await hearth.api('GET', `/v1/vms/${bare.id}`)).body;
      await waitForText(
        page.getByRole('main'),
        `${formatIec(detail.storage.provisioned_bytes)} provisioned`,
      );
      const toggle = page.getByRole('switch', { name: /MMDS/ });
      assert.equal(await toggle.getAttribute('aria-checked'), 'false');
      await toggle.click();
      const refused = await hearth.api('PATCH', `/v1/vms/${bare.id}`, { mmds: true });
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'MMDS_NEEDS_NIC');
      await waitForText(page.getByRole('main').getByRole('alert'), refused.body.error.message);
      assert.equal(await toggle.getAttribute('aria-checked'), 'false');
      assert.equal((await hearth.api('GET', `/v1/vms/${bare.id}`)).body.mmds, false);

      if (isRoot) {
        // with a NIC (a TAP device: root) it is accepted, for the next start
        const withNic = await vms.createViaApi(uniqueName(`ui-mmds-nic-${kind}`), {
          start: false,
          nics: [{ iface_id: 'eth0' }],
        });
        await openVm(page, hearth.baseUrl, withNic.name);
        const on = page.getByRole('switch', { name: /MMDS/ });
        await on.click();
        await eventually(async () => (await on.getAttribute('aria-checked')) === 'true', {
          message: 'the switch shows MMDS on',
        });
        await eventually(
          async () => (await hearth.api('GET', `/v1/vms/${withNic.id}`)).body.mmds === true,
          { message: 'the API has mmds: true' },
        );
      }
      assert.deepEqual(
        errors.filter((e) => !/status of 409/.test(e)),
        [],
      );
    });
  });
}
