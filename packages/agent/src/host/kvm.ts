// Whether this host can run real microVMs. Firecracker opens /dev/kvm read-write at start,
// so that is exactly the test; the reason says what an operator has to fix.
import { open } from 'node:fs/promises';

export interface KvmStatus {
  usable: boolean;
  reason?: string;
}

export async function probeKvm(device = '/dev/kvm'): Promise<KvmStatus> {
  try {
    const handle = await open(device, 'r+');
    await handle.close();
    return { usable: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return {
        usable: false,
        reason: `${device} does not exist: KVM is not available on this host`,
      };
    }
    if (code === 'EACCES' || code === 'EPERM') {
      return { usable: false, reason: `${device} cannot be opened read-write: permission denied` };
    }
    return { usable: false, reason: `${device} cannot be opened: ${(error as Error).message}` };
  }
}
