import { type Static, Type } from '@sinclair/typebox';
import { NAME_PATTERN } from '../patterns.ts';
import { Timestamp, Uuid } from './common.ts';

export const Host = Type.Object({
  id: Uuid,
  name: Type.String(),
  addr: Type.String({ description: 'agent address: http://host:port or unix:/path/agent.sock' }),
  capabilities: Type.Record(Type.String(), Type.Unknown()),
  healthy: Type.Boolean({ description: 'true while heartbeats are fresh' }),
  vm_count: Type.Integer({ description: 'VMs placed on this host, in any state' }),
  last_seen_at: Type.Union([Timestamp, Type.Null()]),
  created_at: Timestamp,
});
export type Host = Static<typeof Host>;

export const ListHostsQuery = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 63, description: 'exact name' })) },
  { additionalProperties: false },
);
export type ListHostsQuery = Static<typeof ListHostsQuery>;

export const RegisterHostBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 63, pattern: NAME_PATTERN }),
    addr: Type.String({ minLength: 1, maxLength: 512, pattern: '^(https?://|unix:/)' }),
    agent_token: Type.String({ minLength: 16, maxLength: 256 }),
    capabilities: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type RegisterHostBody = Static<typeof RegisterHostBody>;

export const HeartbeatBody = Type.Object(
  { capabilities: Type.Optional(Type.Record(Type.String(), Type.Unknown())) },
  { additionalProperties: false },
);
export type HeartbeatBody = Static<typeof HeartbeatBody>;

export const HostList = Type.Object({ items: Type.Array(Host) });
export type HostList = Static<typeof HostList>;
