// Firecracker's logger: lines go to stdout until PUT /logger (or --log-path) names a target,
// then to that file. The target is opened O_CREAT|O_RDWR|O_NONBLOCK like the real one, so a
// FIFO without a reader is accepted and a full pipe drops lines instead of blocking.
import fs from 'node:fs';
import { describeOsError } from './os-errors.ts';

export type Level = 'error' | 'warn' | 'info' | 'debug' | 'trace';
const RANK: Record<Level | 'off', number> = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
  trace: 5,
};

export interface LoggerSettings {
  level?: string | null;
  showLevel?: boolean | null;
  showOrigin?: boolean | null;
}

function timestamp(): string {
  const now = new Date();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const nanos = pad(now.getMilliseconds(), 3) + pad(Number(process.hrtime.bigint() % 1000000n), 6);
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}.${nanos}`
  );
}

export class LogSink {
  private fd: number | null = null;
  private level: Level | 'off' = 'info';
  private showLevel = false;
  private showOrigin = false;

  constructor(private readonly instanceId: string) {}

  /** Opens a new target; on failure the previous target stays and the Rust error text is returned. */
  configure(path: string | null, settings: LoggerSettings): string | null {
    if (path !== null) {
      let fd: number;
      try {
        const { O_CREAT, O_RDWR, O_NONBLOCK, O_APPEND } = fs.constants;
        fd = fs.openSync(path, O_CREAT | O_RDWR | O_NONBLOCK | O_APPEND, 0o644);
      } catch (err) {
        return describeOsError(err);
      }
      if (this.fd !== null) fs.closeSync(this.fd);
      this.fd = fd;
    }
    if (settings.level) this.level = settings.level as Level | 'off';
    if (settings.showLevel != null) this.showLevel = settings.showLevel;
    if (settings.showOrigin != null) this.showOrigin = settings.showOrigin;
    return null;
  }

  write(level: Level, message: string, thread = 'main'): void {
    if (RANK[level] > RANK[this.level]) return;
    const tags = [`${this.instanceId}:${thread}`];
    if (this.showLevel) tags.push(level.toUpperCase());
    if (this.showOrigin) tags.push('src/firecracker/src/main.rs:0');
    const line = `${timestamp()} [${tags.join(':')}] ${message}\n`;
    if (this.fd === null) {
      process.stdout.write(line);
      return;
    }
    try {
      fs.writeSync(this.fd, line);
    } catch {
      // EAGAIN on a FIFO nobody reads: Firecracker drops the line rather than block.
    }
  }

  info(message: string, thread?: string): void {
    this.write('info', message, thread);
  }

  warn(message: string, thread?: string): void {
    this.write('warn', message, thread);
  }
}
