#!/usr/bin/env node
// Hearth's Firecracker simulator: a stand-in for the `firecracker` binary with the same
// command line and HTTP API (see src/simulator/). Runs the TypeScript source through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/simulator/main.ts');
