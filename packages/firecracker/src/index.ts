export * from './api/types.ts';
export type { FirecrackerApi } from './client/firecracker-api.ts';
export { FirecrackerClient, type FirecrackerClientOptions } from './client/firecracker-client.ts';
export {
  FirecrackerApiError,
  FirecrackerError,
  FirecrackerTimeoutError,
  FirecrackerUnreachableError,
} from './client/errors.ts';
export { waitForApiSocket, type WaitForApiSocketOptions } from './client/wait-for-socket.ts';
export { SIMULATOR_BIN_PATH, SIMULATED_FIRECRACKER_VERSION } from './simulator-path.ts';
export { demoKernelBytes, writeDemoKernel, writeSparseImage } from './demo-images.ts';
