export * from './api/types.ts';
export {
  FirecrackerApiError,
  FirecrackerError,
  FirecrackerTimeoutError,
  FirecrackerUnreachableError,
} from './client/errors.ts';
export type { FirecrackerApi } from './client/firecracker-api.ts';
export { FirecrackerClient, type FirecrackerClientOptions } from './client/firecracker-client.ts';
export { type WaitForApiSocketOptions, waitForApiSocket } from './client/wait-for-socket.ts';
export { demoKernelBytes, writeDemoKernel, writeSparseImage } from './demo-images.ts';
export { SIMULATED_FIRECRACKER_VERSION, SIMULATOR_BIN_PATH } from './simulator-path.ts';
