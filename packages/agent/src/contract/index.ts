// The agent's HTTP contract (/agent/v1), `@hearth/agent/contract`: the only agent module other
// packages import. One TypeBox description per body: the agent's routes validate and document
// with the schemas, and both sides use their Static<> types. These modules import TypeBox
// only, so the manager never depends on Firecracker's package or the agent's internals.
export * from './common.ts';
export * from './console.ts';
export * from './host.ts';
export * from './launch.ts';
export * from './live-config.ts';
export * from './network.ts';
export * from './storage.ts';
export * from './vms.ts';
