// `@hearth/agent/process`: how to run the agent as a process of its own.
export { AGENT_MAIN_PATH } from '../host-probe.ts';
