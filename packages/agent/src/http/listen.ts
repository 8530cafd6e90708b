// Listening on TCP or on a Unix socket. A Unix socket path left behind by an agent that was
// killed is removed first, but never one another live agent still serves.
import { mkdir, rm, stat } from 'node:fs/promises';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ListenTarget } from '../config.ts';

export async function listenOn(app: FastifyInstance, target: ListenTarget): Promise<string> {
  if (target.kind === 'tcp') return app.listen({ host: target.host, port: target.port });
  await mkdir(dirname(target.path), { recursive: true, mode: 0o750 });
  if (await exists(target.path)) {
    if (await acceptsConnections(target.path)) {
      throw new Error(`Another process already serves ${target.path}.`);
    }
    await rm(target.path, { force: true });
  }
  return app.listen({ path: target.path });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function acceptsConnections(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
