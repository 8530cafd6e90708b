-- Change notifications for GET /v1/events/stream. Every committed change to a VM, drive,
-- NIC, event, host or image is announced with pg_notify on channel `hearth_change`, by the
-- database itself: whichever manager replica (or reconciler) wrote it, every replica that
-- LISTENs hears it, and nothing is announced for a transaction that rolled back.
-- The payload names the row, not its content (pg_notify payloads are limited to 8000 bytes).

CREATE FUNCTION hearth_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rec jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    rec := to_jsonb(OLD);
  ELSE
    rec := to_jsonb(NEW);
  END IF;
  PERFORM pg_notify('hearth_change', json_build_object(
    'kind', TG_ARGV[0],
    'op', lower(TG_OP),
    'id', rec->>'id',
    'vm_id', CASE WHEN TG_TABLE_NAME = 'vm' THEN rec->>'id' ELSE rec->>'vm_id' END,
    'state', rec->>'state'
  )::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER vm_notify AFTER INSERT OR UPDATE OR DELETE ON vm
  FOR EACH ROW EXECUTE FUNCTION hearth_notify_change('vm');
CREATE TRIGGER vm_drive_notify AFTER INSERT OR UPDATE OR DELETE ON vm_drive
  FOR EACH ROW EXECUTE FUNCTION hearth_notify_change('drive');
CREATE TRIGGER vm_nic_notify AFTER INSERT OR UPDATE OR DELETE ON vm_nic
  FOR EACH ROW EXECUTE FUNCTION hearth_notify_change('nic');
CREATE TRIGGER vm_event_notify AFTER INSERT ON vm_event
  FOR EACH ROW EXECUTE FUNCTION hearth_notify_change('vm_event');
CREATE TRIGGER image_notify AFTER INSERT OR UPDATE OR DELETE ON image
  FOR EACH ROW EXECUTE FUNCTION hearth_notify_change('image');
CREATE TRIGGER host_notify_insert_delete AFTER INSERT OR DELETE ON host
  FOR EACH ROW EXECUTE FUNCTION hearth_notify_change('host');
-- A heartbeat only moves last_seen_at: announced when it brings a host back from silence
-- (it may have been shown stale), not every ten seconds per host.
CREATE TRIGGER host_notify_update AFTER UPDATE ON host
  FOR EACH ROW WHEN (
    OLD.name IS DISTINCT FROM NEW.name
    OR OLD.addr IS DISTINCT FROM NEW.addr
    OR OLD.capabilities IS DISTINCT FROM NEW.capabilities
    OR OLD.last_seen_at IS NULL
    OR OLD.last_seen_at < now() - interval '20 seconds'
  )
  EXECUTE FUNCTION hearth_notify_change('host');
