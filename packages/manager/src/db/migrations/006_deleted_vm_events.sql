-- A VM's events outlive it: deleting a VM leaves a tombstone (its id, name and host, when it
-- was deleted) and keeps its events, so "what happened to it" has an answer. The reconciler
-- prunes both after HEARTH_DELETED_VM_RETENTION_HOURS. Events therefore no longer reference
-- the vm row; a row of vm_event names a VM that exists or has a tombstone.
ALTER TABLE vm_event DROP CONSTRAINT vm_event_vm_id_fkey;

CREATE TABLE deleted_vm (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  host_id     uuid,
  deleted_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deleted_vm_deleted_at_idx ON deleted_vm (deleted_at);
