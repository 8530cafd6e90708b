// A fleet of `size` stopped VM rows on one host with two images, inserted by one statement,
// one second apart in created_at, for tests and benchmarks of queries at scale (the VM
// list's plan, bench/list-scale). No agent, no files: rows only.
import { sql } from 'kysely';
import type { Db } from '../../src/db/types.ts';

export async function insertFleet(db: Db, size: number): Promise<void> {
  await sql`
    WITH h AS (
      INSERT INTO host (id, name, addr, agent_token)
      VALUES (gen_random_uuid(), 'fleet-host', 'http://127.0.0.1:1', 't') RETURNING id
    ), i AS (
      INSERT INTO image (id, kind, name, host_id, path, size_bytes)
      SELECT gen_random_uuid(), k, k, h.id, '/x/' || k, 1 FROM h, (VALUES ('kernel'), ('rootfs')) v(k)
      RETURNING id, kind, host_id
    )
    INSERT INTO vm (id, name, host_id, state, vcpu, mem_mib, kernel_image_id, rootfs_image_id, boot_args, created_at)
    SELECT gen_random_uuid(), 'vm-' || g, k.host_id, 'stopped', 1, 128, k.id, r.id, '',
           now() - g * interval '1 second'
    FROM generate_series(1, ${size}) g, i k, i r
    WHERE k.kind = 'kernel' AND r.kind = 'rootfs'`.execute(db);
  await sql`ANALYZE`.execute(db);
}
