// What other packages import from the agent: its HTTP contract and error codes. The
// manager uses these types only, never the agent's internals.

export { type AppDeps, buildApp } from './app.ts';
export { type AgentConfig, loadAgentConfig } from './config.ts';
export * from './wire.ts';
