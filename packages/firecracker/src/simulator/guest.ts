// The simulated guest behind a started microVM: it prints a short boot log on the serial
// console (stdout, or the PUT /serial file) when booted with console=ttyS0, and reboots on
// Ctrl+Alt+Del, which makes the Firecracker process exit (the guest runs with `reboot=k`)
// after a configurable delay.
import fs from 'node:fs';
import type { LogSink } from './log-sink.ts';

export interface GuestOptions {
  log: LogSink;
  shutdownDelayMs: number;
  ignoreCtrlAltDel: boolean;
  exitProcess(code: number): void;
}

export class Guest {
  private serialFd: number | null = null;
  /** The kernel only writes to the serial port when told to (`console=ttyS0`). */
  private consoleEnabled = false;
  private paused = false;
  private rebootRequested = false;
  private rebooting = false;

  constructor(private readonly options: GuestOptions) {}

  private console(line: string): void {
    if (!this.consoleEnabled) return;
    const text = `${line}\r\n`;
    if (this.serialFd === null) {
      process.stdout.write(text);
      return;
    }
    try {
      fs.writeSync(this.serialFd, text);
    } catch {
      // a serial FIFO without a reader loses output, as a real UART would
    }
  }

  boot(bootArgs: string, vcpus: number, memMib: number, serialOutPath: string | null): void {
    this.consoleEnabled = /(^|\s)console=ttyS0(,|\s|$)/.test(bootArgs);
    if (serialOutPath) {
      try {
        this.serialFd = fs.openSync(serialOutPath, 'a');
      } catch {
        this.serialFd = null;
      }
    }
    this.console('[    0.000000] Linux version 6.1.0-hearth-sim (Hearth Firecracker simulator)');
    this.console(`[    0.000000] Command line: ${bootArgs}`);
    this.console(`[    0.000000] Memory: ${memMib * 1024}K available, ${vcpus} CPU(s)`);
    this.console('[    0.100000] Run /sbin/init as init process');
    this.console('');
    this.console('Hearth simulated guest login: ');
  }

  /** Paused vCPUs cannot act on a pending Ctrl+Alt+Del until they are resumed. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    if (this.rebootRequested) this.reboot();
  }

  ctrlAltDel(): void {
    if (this.options.ignoreCtrlAltDel) return;
    this.rebootRequested = true;
    if (!this.paused) this.reboot();
  }

  private reboot(): void {
    if (this.rebooting) return;
    this.rebooting = true;
    setTimeout(() => {
      this.console('[   10.000000] reboot: Restarting system');
      this.options.log.info('Vmm is stopping.');
      this.options.log.info('Firecracker exiting successfully. exit_code=0');
      this.options.exitProcess(0);
    }, this.options.shutdownDelayMs);
  }
}
