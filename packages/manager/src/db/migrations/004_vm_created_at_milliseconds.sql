-- Issue 11: the VM list is keyset-paginated on (created_at, id), and its cursor carries
-- created_at as an ISO string, which has milliseconds. Stored with microseconds, the query
-- had to compare date_trunc('milliseconds', created_at), which the (created_at, id) index
-- cannot serve: every page was a full scan and a sort. Storing milliseconds (the precision
-- every API answer shows anyway) lets ORDER BY created_at, id walk the index.
-- Existing values are rounded to the millisecond; the index is rebuilt by the type change.
ALTER TABLE vm ALTER COLUMN created_at TYPE timestamptz(3);
