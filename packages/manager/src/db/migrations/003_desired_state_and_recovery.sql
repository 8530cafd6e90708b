-- Issue 9: what the user asked for beside what is observed, who owns a transition, restart
-- policies, and host events.

-- What the user last asked for (start/restart: running; stop/create without start: stopped).
-- The reconciler converges the observed `state` towards it.
ALTER TABLE vm ADD COLUMN desired_state text NOT NULL DEFAULT 'stopped'
  CHECK (desired_state IN ('running', 'stopped'));
UPDATE vm SET desired_state = 'running' WHERE state IN ('starting', 'running');

-- The manager instance running the current transition (manager_instance.id); a transition
-- whose owner's lease has expired is resolved by the reconciler from the agent's view.
ALTER TABLE vm ADD COLUMN transition_owner text;

-- `no` (default) or `on-failure`: restart a VMM that exited with an error, up to
-- restart_max_retries times in a row, with exponential backoff (next_restart_at).
ALTER TABLE vm ADD COLUMN restart_policy text NOT NULL DEFAULT 'no'
  CHECK (restart_policy IN ('no', 'on-failure'));
ALTER TABLE vm ADD COLUMN restart_max_retries integer NOT NULL DEFAULT 3
  CHECK (restart_max_retries BETWEEN 0 AND 100);
ALTER TABLE vm ADD COLUMN restart_count integer NOT NULL DEFAULT 0;
ALTER TABLE vm ADD COLUMN next_restart_at timestamptz;

-- One row per live manager process, renewed every few seconds: its transitions are its own
-- while expires_at is in the future.
CREATE TABLE manager_instance (
  id          text PRIMARY KEY,
  pid         integer NOT NULL,
  hostname    text NOT NULL,
  started_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);

-- What happened to a host that is not about one VM: identity or safety facts changed by a
-- re-registration, refused heartbeat changes, orphan VMMs stopped, orphan TAPs removed.
CREATE TABLE host_event (
  id       bigserial PRIMARY KEY,
  host_id  uuid NOT NULL REFERENCES host (id) ON DELETE CASCADE,
  at       timestamptz NOT NULL DEFAULT now(),
  level    text NOT NULL CHECK (level IN ('info', 'warn', 'error')),
  message  text NOT NULL,
  data     jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX host_event_host_idx ON host_event (host_id, id DESC);

-- A host is healthy only while its agent answers: set by the reconciler when a call to the
-- agent fails, cleared by the next call that succeeds.
ALTER TABLE host ADD COLUMN unreachable_since timestamptz;
-- ... and a host turning unreachable or coming back is announced like any other change.
DROP TRIGGER host_notify_update ON host;
CREATE TRIGGER host_notify_update AFTER UPDATE ON host
  FOR EACH ROW WHEN (
    OLD.name IS DISTINCT FROM NEW.name
    OR OLD.addr IS DISTINCT FROM NEW.addr
    OR OLD.capabilities IS DISTINCT FROM NEW.capabilities
    OR OLD.unreachable_since IS DISTINCT FROM NEW.unreachable_since
    OR OLD.last_seen_at IS NULL
    OR OLD.last_seen_at < now() - interval '20 seconds'
  )
  EXECUTE FUNCTION hearth_notify_change('host');
