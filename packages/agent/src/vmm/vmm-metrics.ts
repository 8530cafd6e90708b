// Totals of a VMM's device counters, read from Firecracker's metrics file. Firecracker writes
// one JSON line per flush (every 60 s, and on FlushMetrics); its block_<drive_id> and
// net_<iface_id> groups hold deltas since the previous flush (SharedIncMetric), so the totals
// since the VMM started are the sum of every line (launch.metrics starts a fresh file per
// run). Each file is read incrementally from where the last read stopped; a restarted agent
// or a replaced file starts again from the beginning, which gives the same sums.
import { open, stat } from 'node:fs/promises';
import type { VmmDriveCounters, VmmNicCounters } from '../contract/index.ts';

type DriveTotals = Omit<VmmDriveCounters, 'drive_id'>;
type NicTotals = Omit<VmmNicCounters, 'iface_id'>;

export interface DeviceTotals {
  drives: VmmDriveCounters[];
  nics: VmmNicCounters[];
}

interface FileState {
  ino: number;
  offset: number;
  /** bytes after the last newline: a line Firecracker is still writing */
  partial: string;
  drives: Map<string, DriveTotals>;
  nics: Map<string, NicTotals>;
}

/** A file read in one go is bounded; the rest is read at the next call. */
const MAX_READ_BYTES = 16 * 1024 * 1024;

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;

export class VmmMetricsReader {
  readonly #files = new Map<string, FileState>();

  /** The totals in `path`; an absent file (no flush yet) counts nothing. */
  async read(path: string): Promise<DeviceTotals> {
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (!info) {
      this.#files.delete(path);
      return { drives: [], nics: [] };
    }
    let state = this.#files.get(path);
    if (!state || state.ino !== info.ino || info.size < state.offset) {
      state = { ino: info.ino, offset: 0, partial: '', drives: new Map(), nics: new Map() };
      this.#files.set(path, state);
    }
    if (info.size > state.offset) await this.#readNewLines(path, state, info.size);
    return {
      drives: [...state.drives].map(([drive_id, t]) => ({ drive_id, ...t })),
      nics: [...state.nics].map(([iface_id, t]) => ({ iface_id, ...t })),
    };
  }

  /** Forgets files not in `paths` (VMMs that stopped), so the map does not grow forever. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of this.#files.keys()) if (!paths.has(path)) this.#files.delete(path);
  }

  async #readNewLines(path: string, state: FileState, size: number): Promise<void> {
    const length = Math.min(size - state.offset, MAX_READ_BYTES);
    const handle = await open(path, 'r');
    let text: string;
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, state.offset);
      state.offset += bytesRead;
      text = state.partial + buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
    const lines = text.split('\n');
    state.partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) addLine(state, line);
  }
}

function addLine(state: FileState, line: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return; // not a metrics line (a torn write): nothing to count
  }
  if (typeof parsed !== 'object' || parsed === null) return;
  for (const [group, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    // `block` and `net` alone are the aggregates of all devices: not counted twice
    if (group.startsWith('block_')) {
      const id = group.slice('block_'.length);
      const t = state.drives.get(id) ?? {
        read_bytes: 0,
        write_bytes: 0,
        read_ops: 0,
        write_ops: 0,
      };
      t.read_bytes += count(v.read_bytes);
      t.write_bytes += count(v.write_bytes);
      t.read_ops += count(v.read_count);
      t.write_ops += count(v.write_count);
      state.drives.set(id, t);
    } else if (group.startsWith('net_')) {
      const id = group.slice('net_'.length);
      const t = state.nics.get(id) ?? { rx_bytes: 0, tx_bytes: 0, rx_packets: 0, tx_packets: 0 };
      t.rx_bytes += count(v.rx_bytes_count);
      t.tx_bytes += count(v.tx_bytes_count);
      t.rx_packets += count(v.rx_packets_count);
      t.tx_packets += count(v.tx_packets_count);
      state.nics.set(id, t);
    }
  }
}
