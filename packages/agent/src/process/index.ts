// `@hearth/agent/process`: how to run the agent as a process of its own. Besides the
// contract, the only agent module the manager imports.
export { type AgentSettings, agentEnv, type EnvHygiene } from './agent-env.ts';
export {
  AGENT_MAIN_PATH,
  type AgentExit,
  AgentLaunchError,
  type LaunchAgentOptions,
  launchAgent,
  type RunningAgent,
} from './launch-agent.ts';
