export * from './errors.ts';
export * from './schemas/common.ts';
export * from './schemas/drives.ts';
export * from './schemas/events.ts';
export * from './schemas/hosts.ts';
export * from './schemas/images.ts';
export * from './schemas/nics.ts';
export * from './schemas/vms.ts';
