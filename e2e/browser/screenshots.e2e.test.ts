// Every page of the web UI, in the light and the dark theme at 1280 px and the main pages at
// 390 px, saved under test-output/screenshots/ for a human to look at. The test itself
// checks what a screenshot cannot prove alone: the theme really changes the colours, no page
// scrolls sideways on a phone, and nothing logged an error.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  type BrowserSuite,
  eventually,
  needsBrowserAndRoot,
  openPage,
  type Page,
  screenshot,
  startBrowserSuite,
  type Theme,
  type UiPage,
} from '../support/browser.ts';
import { databaseKinds } from '../support/hearth.ts';
import {
  dialog,
  MiB,
  openDialog,
  openTab,
  openVm,
  uniqueName,
  VmTracker,
  waitForAttachment,
} from './helpers.ts';

/** Relative luminance of the page background: near 1 in a light theme, near 0 in a dark one. */
const backgroundLuminance = (page: Page): Promise<number> =>
  // a string, not a function: tsx's name helpers do not exist in the page. Colours may be
  // oklch(): a canvas converts whatever CSS colour to RGB.
  page.evaluate(`(() => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    for (let el = document.body; el; el = el.parentElement) {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = getComputedStyle(el).backgroundColor;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      if (a > 0) return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }
    return 1; // the canvas default is white
  })()`);

/** The page must fit the viewport's width: no sideways scrolling on a phone. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

for (const kind of databaseKinds()) {
  // its showcase VM runs with a NIC
  describe(`web UI: screenshots (${kind})`, { skip: needsBrowserAndRoot }, () => {
    let suite: BrowserSuite;
    let ui: UiPage | undefined;
    const vms = new VmTracker(() => suite.hearth);
    let showcase: { name: string; id: string };

    before(async () => {
      suite = await startBrowserSuite(kind);
      // a few VMs in different states for the list, one of them with drives in every state
      const tag = uniqueName(`shot-${kind}`);
      const web = await vms.createViaApi(`${tag}-web`, {
        vcpu: 2,
        mem_mib: 512,
        drives: [
          { drive_id: 'data', size_bytes: 2048 * MiB },
          { drive_id: 'logs', size_bytes: 256 * MiB, is_read_only: true, cache_type: 'Writeback' },
          { drive_id: 'old', size_bytes: 128 * MiB },
        ],
        nics: [{ iface_id: 'eth0' }],
      });
      const { hearth } = suite;
      await hearth.api('POST', `/v1/vms/${web.id}/drives`, {
        drive_id: 'scratch',
        size_bytes: 64 * MiB,
      });
      await hearth.api('PATCH', `/v1/vms/${web.id}/drives/logs`, { cache_type: 'Unsafe' });
      await hearth.api('DELETE', `/v1/vms/${web.id}/drives/old`);
      showcase = { name: web.name, id: web.id };
      const db = await vms.createViaApi(`${tag}-db`, { mem_mib: 256 });
      await hearth.api('POST', `/v1/vms/${db.id}/stop`);
      await vms.createViaApi(`${tag}-batch`, { start: false });
    });
    after(async () => {
      await vms.cleanup().catch(() => {});
      await suite?.close();
    });
    afterEach(async () => {
      await ui?.close();
      ui = undefined;
    });

    const visit = async (page: Page, nav: 'VMs' | 'Hosts' | 'Images', heading: string | RegExp) => {
      await page.getByRole('link', { name: nav, exact: true }).first().click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    };

    for (const theme of ['light', 'dark'] as const satisfies Theme[]) {
      test(`7. every page at 1280 px, ${theme} theme`, async () => {
        ui = await openPage(suite.browser, { theme });
        const { page } = ui;
        const { hearth } = suite;
        const shot = (name: string, fullPage = true) =>
          screenshot(page, `${kind}-${theme}-1280-${name}`, { fullPage });

        await page.goto(hearth.baseUrl);
        await page.getByRole('heading', { name: 'Virtual machines' }).waitFor();
        await page.getByRole('link', { name: showcase.name, exact: true }).waitFor();
        await page
          .getByText(/^Simulator mode/)
          .first()
          .waitFor();
        const luminance = await backgroundLuminance(page);
        if (theme === 'light')
          assert.ok(luminance > 0.7, `light background, luminance ${luminance}`);
        else assert.ok(luminance < 0.3, `dark background, luminance ${luminance}`);
        await shot('vm-list');

        // the first click can land while the list's first render is still settling: retried
        const create = await openDialog(
          page,
          page.getByRole('button', { name: 'Create VM' }).first(),
          'Create VM',
        );
        await create.getByRole('button', { name: 'Add drive' }).click();
        await create.getByLabel('Drive ID', { exact: true }).first().waitFor();
        await shot('create-dialog', false);
        await page.keyboard.press('Escape');
        await create.waitFor({ state: 'hidden' });

        await openVm(page, hearth.baseUrl, showcase.name);
        await openTab(page, 'Drives');
        await waitForAttachment(page, 'scratch', 'pending attach');
        await waitForAttachment(page, 'logs', 'pending change');
        await waitForAttachment(page, 'old', 'pending detach');
        await shot('vm-drives');

        await page.getByRole('button', { name: 'Edit data', exact: true }).click();
        const editor = dialog(page, 'Edit drive data');
        await editor.waitFor();
        await shot('drive-editor', false);
        await page.keyboard.press('Escape');
        await editor.waitFor({ state: 'hidden' });
        await page.getByRole('button', { name: 'Add drive' }).click();
        const adder = dialog(page, 'Add drive');
        await adder.waitFor();
        await shot('drive-add', false);
        await page.keyboard.press('Escape');
        await adder.waitFor({ state: 'hidden' });
        await page.getByRole('button', { name: 'Resize data', exact: true }).click();
        const resizer = dialog(page, 'Resize drive data');
        await resizer.waitFor();
        await shot('drive-resize', false);
        await page.keyboard.press('Escape');
        await resizer.waitFor({ state: 'hidden' });

        await openTab(page, 'NICs');
        await page.getByRole('tabpanel', { name: 'NICs' }).getByText('eth0').first().waitFor();
        await shot('vm-nics');
        await openTab(page, 'Events');
        await page
          .getByRole('tabpanel', { name: 'Events' })
          .getByRole('listitem')
          .or(page.getByRole('tabpanel', { name: 'Events' }).getByRole('row'))
          .first()
          .waitFor();
        await shot('vm-events');
        await openTab(page, 'Console');
        await eventually(
          async () =>
            (
              (await page.getByLabel('Console output').locator('.xterm-rows').textContent()) ?? ''
            ).includes('login:'),
          { message: 'the console shows the boot log' },
        );
        await shot('vm-console');

        await visit(page, 'Hosts', /Hosts/);
        await shot('hosts');
        await page
          .getByRole('link', { name: /^Storage of / })
          .first()
          .click();
        await page.getByRole('table', { name: 'Files' }).waitFor();
        await shot('host-storage');
        await visit(page, 'Images', /Images/);
        await shot('images');

        // the toggle switches to the other theme
        const toggle = page.getByRole('button', { name: 'Toggle theme' });
        await toggle.click();
        await eventually(
          async () => {
            const l = await backgroundLuminance(page);
            return theme === 'light' ? l < 0.3 : l > 0.7;
          },
          { message: `"Toggle theme" leaves the ${theme} theme` },
        );
        assert.deepEqual(ui.errors, [], 'no console errors');
      });
    }

    test('7. the main pages at 390 px fit the screen', async () => {
      for (const theme of ['light', 'dark'] as const) {
        ui = await openPage(suite.browser, { theme, mobile: true });
        const { page } = ui;
        const { hearth } = suite;
        const check = async (name: string) => {
          await screenshot(page, `${kind}-${theme}-390-${name}`);
          const { scrollWidth } = await horizontalOverflow(page);
          assert.ok(scrollWidth <= 390, `${name} (${theme}) is ${scrollWidth} px wide at 390 px`);
        };
        await page.goto(hearth.baseUrl);
        await page.getByRole('heading', { name: 'Virtual machines' }).waitFor();
        await page.getByText(showcase.name, { exact: true }).first().waitFor();
        await check('vm-list');
        await page.goto(`${hearth.baseUrl}/vms/${showcase.id}`);
        await page.getByRole('heading', { name: showcase.name, level: 1 }).waitFor();
        await openTab(page, 'Drives');
        await waitForAttachment(page, 'scratch', 'pending attach');
        await check('vm-drives');
        await openTab(page, 'Console');
        await page.getByLabel('Console output').waitFor();
        await check('vm-console');
        await page.goto(`${hearth.baseUrl}/hosts`);
        await page.getByRole('heading', { name: /Hosts/, level: 1 }).waitFor();
        await check('hosts');
        await page
          .getByRole('link', { name: /^Storage of / })
          .first()
          .click();
        await page.getByRole('table', { name: 'Files' }).waitFor();
        await check('host-storage');
        await page.goto(`${hearth.baseUrl}/images`);
        await page.getByRole('heading', { name: /Images/, level: 1 }).waitFor();
        await check('images');
        assert.deepEqual(ui.errors, [], `no console errors (${theme})`);
        await ui.close();
        ui = undefined;
      }
    });
  });
}
