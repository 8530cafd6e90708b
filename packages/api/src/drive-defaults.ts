// Firecracker's own defaults for a drive's optional settings (v1.14.2): what a drive gets when
// a request leaves them out, and what a live drive means when it omits them. A module of its
// own, free of TypeBox, so the web UI can import the values without the schema library.
export const DRIVE_DEFAULTS = {
  is_read_only: false,
  cache_type: 'Unsafe',
  io_engine: 'Sync',
} as const satisfies {
  is_read_only: boolean;
  cache_type: 'Unsafe' | 'Writeback';
  io_engine: 'Sync' | 'Async';
};
