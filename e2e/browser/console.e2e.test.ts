// The Console tab: the guest's serial output, as the simulated guest prints it when booted
// with `console=ttyS0` (in Hearth's default boot args), shown in the browser's terminal and
// followed live: a restart's new boot log appears without reloading the page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import {
  type BrowserSuite,
  eventually,
  needsBrowser,
  openPage,
  startBrowserSuite,
  type UiPage,
} from '../support/browser.ts';
import { databaseKinds } from '../support/hearth.ts';
import { openTab, openVm, uniqueName, VmTracker } from './helpers.ts';

const BOOT_BANNER = 'Linux version 6.1.0-hearth-sim (Hearth Firecracker simulator)';
const REBOOT = 'reboot: Restarting system';
const count = (text: string, needle: string) => text.split(needle).length - 1;

for (const kind of databaseKinds()) {
  describe(`web UI: console (${kind})`, { skip: needsBrowser }, () => {
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

    test('6. the Console tab shows the boot log and follows new output across a restart', async () => {
      ui = await openPage(suite.browser);
      const { page } = ui;
      const { hearth } = suite;
      // an unusual memory size makes this VM's boot log recognizable
      const vm = await vms.createViaApi(uniqueName(`ui-console-${kind}`), {
        mem_mib: 160,
        vcpu: 2,
      });
      const memoryLine = 'Memory: 163840K available, 2 CPU(s)';
      const consoleLog = join(hearth.vmDir(vm.id), 'logs', 'console.log');
      await eventually(async () => (await readFile(consoleLog, 'utf8')).includes('login:'), {
        message: `the guest wrote its boot log to ${consoleLog}`,
      });

      await openVm(page, hearth.baseUrl, vm.name);
      await openTab(page, 'Console');
      const output = page.getByLabel('Console output');
      await output.waitFor();
      const rows = output.locator('.xterm-rows');
      const screenText = async () => ((await rows.textContent()) ?? '').replaceAll('\u00a0', ' ');
      const first = await eventually(
        async () => {
          const text = await screenText();
          return text.includes('Hearth simulated guest login:') ? text : false;
        },
        { message: 'boot log in the terminal' },
      ).catch(async (err) => {
        throw new Error(`${err.message}\nterminal shows:\n${await screenText().catch(() => '?')}`);
      });
      assert.ok(first.includes(BOOT_BANNER), first);
      assert.ok(first.includes(`Command line: ${vm.boot_args}`), first);
      assert.ok(first.includes(memoryLine), first);
      assert.equal(count(first, BOOT_BANNER), 1, 'one boot so far');
      assert.equal(first.includes(REBOOT), false);

      // new output follows: the page's Restart button, no reload
      const startedAt = (await hearth.api('GET', `/v1/vms/${vm.id}`)).body.started_at;
      await page.getByRole('button', { name: 'Restart', exact: true }).click();
      await eventually(
        async () => {
          const now = (await hearth.api('GET', `/v1/vms/${vm.id}`)).body;
          return now.state === 'running' && now.started_at !== startedAt;
        },
        { timeout: 20_000, message: 'the VM restarted' },
      );
      const hostLog = await readFile(consoleLog, 'utf8');
      assert.equal(count(hostLog, BOOT_BANNER), 2, 'the host log has both boots');
      await eventually(
        async () => {
          const text = await screenText();
          // the terminal shows the last rows: the reboot line printed by the stop, and after
          // it a complete new boot (the terminal may have scrolled the first one away)
          const reboot = text.lastIndexOf(REBOOT);
          return reboot >= 0 &&
            text.indexOf(BOOT_BANNER, reboot) > reboot &&
            text.indexOf('login:', text.indexOf(BOOT_BANNER, reboot)) > 0
            ? text
            : false;
        },
        { timeout: 20_000, message: 'the second boot log in the terminal' },
      ).catch(async (err) => {
        throw new Error(`${err.message}\nterminal shows:\n${await screenText().catch(() => '?')}`);
      });
      assert.deepEqual(ui.errors, []);
    });
  });
}
