#!/usr/bin/env node
// `hearth`, Hearth's command line (see docs/cli.md). Runs the TypeScript source through tsx:
// there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
