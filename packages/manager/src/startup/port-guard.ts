// The API's port, bound before anything else starts: a start whose port is taken must fail
// before it opens the database or spawns an agent, not after (when a failed listen would
// leave an agent behind and, on a shared data directory, another instance's files changed).
// Fastify binds its own server, so the reservation is released just before app.listen();
// in that gap of one event-loop turn another program could take the port, and the start
// then fails in listen, whose failure path stops everything started so far.
import { createServer, type Server } from 'node:net';
import { StartRefusedError } from './start-refused.ts';

export interface PortReservation {
  /** the bound port (the one the system chose, for port 0) */
  port: number;
  /** closes the reservation; idempotent */
  release(): Promise<void>;
}

export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function refusal(host: string, port: number, err: NodeJS.ErrnoException): StartRefusedError {
  const where = hostPort(host, port);
  if (err.code === 'EADDRINUSE') {
    return new StartRefusedError(
      `${where} is already in use: another program (another Hearth?) listens there. ` +
        'Stop it, or set HEARTH_PORT to a free port (0: any). Nothing was started.',
    );
  }
  return new StartRefusedError(
    `cannot listen on ${where} (${err.code ?? err.message}): check HEARTH_LISTEN_HOST and HEARTH_PORT. Nothing was started.`,
  );
}

export async function reservePort(host: string, port: number): Promise<PortReservation> {
  // A client that connects during start-up (a readiness probe, a browser tab) is hung up on
  // at once: the reservation serves nothing, and close() would otherwise wait for that
  // connection to end, which a client polling for readiness never does.
  const server: Server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => reject(refusal(host, port, err)));
    server.listen({ host, port, exclusive: true }, resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  let released: Promise<void> | null = null;
  return {
    port: bound,
    release: () => {
      released ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      return released;
    },
  };
}
