// The values the schemas show as examples, so the API docs' "Try it out" is filled with one
// consistent, working story: VM web1 on host node1, booted from the registered images
// vmlinux and ubuntu-24.04, with a 10 GiB data drive `data` and an interface eth0.
export const EXAMPLE = {
  vmId: '3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14',
  hostId: '8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40',
  kernelImageId: 'c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e',
  rootfsImageId: 'e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b',
  driveRowId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  nicRowId: '7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b',
  vmName: 'web1',
  hostName: 'node1',
  hostAddr: 'http://10.0.0.11:7070',
  storageRoot: '/srv/fc/vms',
  kernelPath: '/var/lib/hearth/images/vmlinux',
  rootfsPath: '/var/lib/hearth/images/ubuntu-24.04.ext4',
  driveId: 'data',
  dataDrivePath: '/srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4',
  rootDrivePath: '/srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/rootfs.img',
  /** 10 GiB, the default size of a provisioned drive */
  sizeBytes: 10737418240,
  ifaceId: 'eth0',
  guestMac: '06:00:ac:10:00:02',
  tap: 'fc-3f1c9a52-0',
  at: '2025-05-12T09:30:00.000Z',
} as const;
