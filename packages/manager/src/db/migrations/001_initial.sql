-- Hearth's initial schema. Runs unchanged on PostgreSQL and on embedded PGlite.

CREATE TABLE host (
  id            uuid PRIMARY KEY,
  name          text NOT NULL UNIQUE,
  addr          text NOT NULL,
  -- bearer token the manager presents to this host's agent
  agent_token   text NOT NULL,
  capabilities  jsonb NOT NULL DEFAULT '{}'::jsonb,
  last_seen_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE image (
  id          uuid PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('kernel', 'rootfs')),
  name        text NOT NULL,
  host_id     uuid NOT NULL REFERENCES host (id) ON DELETE RESTRICT,
  path        text NOT NULL,
  size_bytes  bigint NOT NULL CHECK (size_bytes >= 0),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (host_id, name)
);
CREATE INDEX image_kind_idx ON image (kind, name);

CREATE TABLE vm (
  id               uuid PRIMARY KEY,
  name             text NOT NULL UNIQUE,
  host_id          uuid NOT NULL REFERENCES host (id) ON DELETE RESTRICT,
  state            text NOT NULL CHECK (state IN
                     ('created', 'starting', 'running', 'stopping', 'stopped', 'error', 'deleting')),
  vcpu             integer NOT NULL CHECK (vcpu BETWEEN 1 AND 32),
  mem_mib          integer NOT NULL CHECK (mem_mib >= 128),
  kernel_image_id  uuid NOT NULL REFERENCES image (id) ON DELETE RESTRICT,
  rootfs_image_id  uuid NOT NULL REFERENCES image (id) ON DELETE RESTRICT,
  boot_args        text NOT NULL,
  last_error       jsonb,
  -- when the current transition began; a transitional state older than the lease is stale
  transition_at    timestamptz,
  started_at       timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vm_state_idx ON vm (state);
CREATE INDEX vm_host_idx ON vm (host_id);
CREATE INDEX vm_kernel_image_idx ON vm (kernel_image_id);
CREATE INDEX vm_rootfs_image_idx ON vm (rootfs_image_id);
CREATE INDEX vm_created_idx ON vm (created_at, id);

CREATE TABLE vm_drive (
  id              uuid PRIMARY KEY,
  vm_id           uuid NOT NULL REFERENCES vm (id) ON DELETE CASCADE,
  drive_id        text NOT NULL,
  path_on_host    text NOT NULL,
  -- set for provisioned drives (recreated sparse at this size), null for host paths
  size_bytes      bigint CHECK (size_bytes > 0),
  source          text NOT NULL CHECK (source IN ('provisioned', 'host_path', 'image')),
  is_root_device  boolean NOT NULL DEFAULT false,
  is_read_only    boolean NOT NULL DEFAULT false,
  cache_type      text NOT NULL DEFAULT 'Unsafe' CHECK (cache_type IN ('Unsafe', 'Writeback')),
  io_engine       text NOT NULL DEFAULT 'Sync' CHECK (io_engine IN ('Sync', 'Async')),
  rate_limiter    jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (vm_id, drive_id)
);
-- exactly one root device per VM: the database refuses a second one
CREATE UNIQUE INDEX vm_drive_one_root_idx ON vm_drive (vm_id) WHERE is_root_device;

CREATE TABLE vm_nic (
  id               uuid PRIMARY KEY,
  vm_id            uuid NOT NULL REFERENCES vm (id) ON DELETE CASCADE,
  iface_id         text NOT NULL,
  host_dev_name    text NOT NULL UNIQUE,
  guest_mac        text NOT NULL UNIQUE,
  rx_rate_limiter  jsonb,
  tx_rate_limiter  jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (vm_id, iface_id)
);

CREATE TABLE vm_event (
  id       bigserial PRIMARY KEY,
  vm_id    uuid NOT NULL REFERENCES vm (id) ON DELETE CASCADE,
  at       timestamptz NOT NULL DEFAULT now(),
  level    text NOT NULL CHECK (level IN ('info', 'warn', 'error')),
  message  text NOT NULL,
  data     jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX vm_event_vm_idx ON vm_event (vm_id, id DESC);

-- leases for background loops, so manager replicas don't run the same loop at once
CREATE TABLE lease (
  name        text PRIMARY KEY,
  holder      text NOT NULL,
  expires_at  timestamptz NOT NULL
);
