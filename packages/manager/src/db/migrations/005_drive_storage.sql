-- Issue 12: thin provisioning you can see, and the MMDS drive manifest.
-- allocated_bytes: what a drive's file occupies on its host's disk, as last measured by the
-- host's agent (at add, at create, by GET /v1/hosts/{id}/storage and by the reconciler's
-- periodic usage pass); null until measured. Measured, not desired state: it never drives a
-- decision, it is shown next to size_bytes.
ALTER TABLE vm_drive ADD COLUMN allocated_bytes bigint CHECK (allocated_bytes >= 0);
ALTER TABLE vm_drive ADD COLUMN allocated_at timestamptz;
-- mmds: serve a manifest of the VM's drives (drive_id -> guest device) through Firecracker's
-- metadata service from the next start.
ALTER TABLE vm ADD COLUMN mmds boolean NOT NULL DEFAULT false;
