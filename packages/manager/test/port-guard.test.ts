// The start-up port reservation: taken ports refuse the start; a client that connects while
// the reservation is held (a readiness probe polling during start-up) must not keep the
// reservation from closing, or the manager never reaches listen().
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { reservePort } from '../src/startup/port-guard.ts';
import { StartRefusedError } from '../src/startup/start-refused.ts';

test('a client connected to the reservation does not hold up its release', async () => {
  const reservation = await reservePort('127.0.0.1', 0);
  const socket = connect(reservation.port, '127.0.0.1');
  const closed = new Promise((resolve) => socket.once('close', resolve));
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  const released = await Promise.race([
    reservation.release().then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 2000)),
  ]);
  if (!released) socket.destroy(); // so a failure ends the test instead of hanging it
  assert.equal(released, true, 'release() waited for the probing client');
  await closed; // the reservation hung up on the client
});

test('a port in use refuses the start with a message naming it', async () => {
  const first = await reservePort('127.0.0.1', 0);
  await assert.rejects(reservePort('127.0.0.1', first.port), (err: Error) => {
    assert.ok(err instanceof StartRefusedError);
    assert.match(err.message, new RegExp(`127\\.0\\.0\\.1:${first.port} is already in use`));
    return true;
  });
  await first.release();
});
