// Storage through the web UI (issue 12): the hosts page's storage summary, a host's storage
// inventory with an orphan left by a drive removal, and its garbage collection: a dry run
// that lists the orphan and deletes nothing, then the real run that deletes it.
import assert from 'node:assert/strict';
import { existsSync, utimesSync } from 'node:fs';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  type BrowserSuite,
  eventually,
  needsBrowser,
  openPage,
  type Page,
  screenshot,
  startBrowserSuite,
  type UiPage,
  waitForText,
} from '../support/browser.ts';
import { databaseKinds } from '../support/hearth.ts';
import { dialog, MiB, uniqueName, VmTracker, waitForApiState } from './helpers.ts';

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
  describe(`web UI: host storage (${kind})`, { skip: needsBrowser }, () => {
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

    test('11. the hosts page shows storage; the host storage page lists an orphan; gc: dry run, then collect', async () => {
      ui = await openPage(suite.browser);
      const { page, errors } = ui;
      const { hearth } = suite;
      const vm = await vms.createViaApi(uniqueName(`ui-gc-${kind}`), {
        drives: [
          { drive_id: 'keep', size_bytes: 32 * MiB },
          { drive_id: 'gone', size_bytes: 16 * MiB },
        ],
      });
      await waitForApiState(hearth, vm.id, 'running');
      // stopped, so no VMM holds the file once its row is gone
      assert.equal((await hearth.api('POST', `/v1/vms/${vm.id}/stop`)).status, 200);
      const gone = vm.drives.find((d) => d.drive_id === 'gone')!;
      const keep = vm.drives.find((d) => d.drive_id === 'keep')!;
      assert.equal((await hearth.api('DELETE', `/v1/vms/${vm.id}/drives/gone`)).status, 204);
      assert.ok(existsSync(gone.path_on_host), 'removed without delete_file: the file stays');
      // past the gc's grace period for young files (5 minutes)
      const old = new Date(Date.now() - 10 * 60_000);
      utimesSync(gone.path_on_host, old, old);

      const host = (await hearth.api('GET', '/v1/hosts')).body.items[0];
      assert.ok(host.storage, 'GET /v1/hosts has the storage summary');
      await page.goto(hearth.baseUrl);
      await page.getByRole('link', { name: 'Hosts', exact: true }).first().click();
      await page.getByRole('heading', { name: 'Hosts', level: 1 }).waitFor();
      const hostRow = page
        .getByRole('row')
        .filter({ has: page.getByText(host.name, { exact: true }) });
      await waitForText(hostRow, `overcommit ${host.storage.overcommit}×`);
      await waitForText(hostRow, /of limit /);
      await restingShot(page, `${kind}-hosts-storage`);

      await hostRow.getByRole('link', { name: `Storage of ${host.name}` }).click();
      await page.getByRole('heading', { name: `Storage of ${host.name}`, level: 1 }).waitFor();
      const files = page.getByRole('table', { name: 'Files' });
      const fileRow = (path: string) =>
        files.getByRole('row').filter({ has: page.locator(`[title="${path}"]`) });
      await fileRow(gone.path_on_host).waitFor();
      await waitForText(fileRow(gone.path_on_host), 'orphan');
      await waitForText(fileRow(gone.path_on_host), 'collectable');
      await waitForText(fileRow(gone.path_on_host), vm.name);
      await waitForText(fileRow(keep.path_on_host), 'in use');
      await waitForText(fileRow(keep.path_on_host), 'keep');
      const totals = page.getByRole('region', { name: 'Totals' });
      await waitForText(totals, /orphan\s*1 file/);
      await restingShot(page, `${kind}-host-storage`);

      // the dry run lists the orphan and deletes nothing
      await page.getByRole('button', { name: 'Collect garbage' }).click();
      const gc = dialog(page, 'Collect garbage');
      await gc.waitFor();
      await waitForText(gc, 'Would remove 1 file');
      await gc.getByText(gone.path_on_host, { exact: true }).waitFor();
      assert.equal(await gc.getByText(keep.path_on_host, { exact: true }).count(), 0);
      assert.ok(existsSync(gone.path_on_host), 'a dry run deletes nothing');
      await screenshot(page, `${kind}-host-storage-gc-dry-run`, { fullPage: false });

      await gc.getByRole('button', { name: 'Delete 1 item' }).click();
      await waitForText(gc, /Removed 1 file, freed/);
      assert.equal(existsSync(gone.path_on_host), false, 'the orphan is gone');
      assert.ok(existsSync(keep.path_on_host), 'the in-use file stays');
      await gc.getByRole('button', { name: 'Close' }).first().click();
      await gc.waitFor({ state: 'hidden' });
      await eventually(async () => (await fileRow(gone.path_on_host).count()) === 0, {
        message: 'the orphan left the list',
      });
      await waitForText(fileRow(keep.path_on_host), 'in use');
      const inventory = (await hearth.api('GET', `/v1/hosts/${host.id}/storage`)).body;
      assert.equal(
        inventory.files.some((f: { path: string }) => f.path === gone.path_on_host),
        false,
      );
      assert.equal(inventory.totals.orphan.files, 0);
      assert.deepEqual(errors, [], 'no console errors');
    });
  });
}
