// Generated from the manager's OpenAPI document by `npm run gen:api-client`; do not edit.
// A test fails when this file is stale against GET /openapi.json.
export interface paths {
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change to VMs, drives, NICs, VM events, hosts and images (server-sent events)
         * @description Begins with `event: ready`, then one event per committed change: `event: <kind>` (vm, drive, nic, vm_event, host, image) with a ChangeEvent as data. Announced by the database (LISTEN/NOTIFY), so changes made through any manager replica arrive. Changes are not replayed: on `ready` after a reconnect, refetch what you show. The stream ends when the manager loses its database session; reconnect.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream of ChangeEvent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            /** @description the changed row: VM, drive, NIC, event, host or image id */
                            id: string;
                            kind: "vm" | "drive" | "nic" | "vm_event" | "host" | "image";
                            op: "insert" | "update" | "delete";
                            /** @description a VM's new state */
                            state: string | null;
                            /** @description the VM it belongs to (for a vm change, its own id) */
                            vm_id: string | null;
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List hosts with their health (fresh heartbeat), optionally the one with a name */
        get: {
            parameters: {
                query?: {
                    /** @description exact name */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description agent address: http://host:port or unix:/path/agent.sock */
                                addr: string;
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** @description true while heartbeats are fresh */
                                healthy: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string | null;
                                name: string;
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                    limit_bytes: number | null;
                                    /** @description HEARTH_STORAGE_OVERCOMMIT */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /** @description VMs placed on this host, in any state */
                                vm_count: number;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a host (agent), or update it by name; needs the join token
         * @description The manager first checks that the agent answers at `addr` with `agent_token`. Without `capabilities`, they are read from the agent (GET /agent/v1/host).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addr: string;
                        agent_token: string;
                        capabilities?: {
                            [key: string]: unknown;
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description agent address: http://host:port or unix:/path/agent.sock */
                            addr: string;
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            /** @description true while heartbeats are fresh */
                            healthy: boolean;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            last_seen_at: string | null;
                            name: string;
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                limit_bytes: number | null;
                                /** @description HEARTH_STORAGE_OVERCOMMIT */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /** @description VMs placed on this host, in any state */
                            vm_count: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description agent address: http://host:port or unix:/path/agent.sock */
                            addr: string;
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            /** @description true while heartbeats are fresh */
                            healthy: boolean;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            last_seen_at: string | null;
                            name: string;
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                limit_bytes: number | null;
                                /** @description HEARTH_STORAGE_OVERCOMMIT */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /** @description VMs placed on this host, in any state */
                            vm_count: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one host */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description agent address: http://host:port or unix:/path/agent.sock */
                            addr: string;
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            /** @description true while heartbeats are fresh */
                            healthy: boolean;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            last_seen_at: string | null;
                            name: string;
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                limit_bytes: number | null;
                                /** @description HEARTH_STORAGE_OVERCOMMIT */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /** @description VMs placed on this host, in any state */
                            vm_count: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A host's events, newest first
         * @description What happened to the host rather than to one VM: identity or safety facts changed at re-registration, heartbeat claims refused, orphan VMMs stopped and orphan TAPs removed by the reconciler (see docs/recovery.md).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                host_id: string;
                                id: number;
                                level: "info" | "warn" | "error";
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{id}/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that a host is alive (optionally with new capabilities); needs the join token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        capabilities?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description agent address: http://host:port or unix:/path/agent.sock */
                            addr: string;
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            created_at: string;
                            /** @description true while heartbeats are fresh */
                            healthy: boolean;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            last_seen_at: string | null;
                            name: string;
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                limit_bytes: number | null;
                                /** @description HEARTH_STORAGE_OVERCOMMIT */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /** @description VMs placed on this host, in any state */
                            vm_count: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{id}/storage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every file of the host's VM directories, with its status (in_use, orphan, missing)
         * @description Asks the host agent for its VM directories, matches each file with the drive rows of the host, and refreshes the allocated_bytes the drives report. Includes the host's provisioned, allocated, free and limit figures (docs/drives.md).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description by VM directory, then path */
                            files: {
                                /** @description on disk; null when missing */
                                allocated_bytes: number | null;
                                /** @description an orphan that POST …/storage/gc deletes: older than the grace period and not held by a running VMM */
                                collectable: boolean;
                                /** @description the drive row naming it */
                                drive_id: string | null;
                                /** Format: date-time */
                                modified_at: string | null;
                                path: string;
                                /** @description apparent size; null when missing */
                                size_bytes: number | null;
                                /** @description in_use: a drive row names it; orphan: no drive row does (a removal without delete_file, a crash, or a directory of a VM that no longer exists); missing: a drive row names it but the file is gone (provisioned: recreated at the next start; host_path and image: the start fails) */
                                status: "in_use" | "orphan" | "missing";
                                /** @description the VM directory it lies in */
                                vm_id: string;
                                /** @description null: no such VM any more */
                                vm_name: string | null;
                            }[];
                            /** Format: uuid */
                            host_id: string;
                            /** Format: date-time */
                            measured_at: string;
                            storage_root: string;
                            summary: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                limit_bytes: number | null;
                                /** @description HEARTH_STORAGE_OVERCOMMIT */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            totals: {
                                in_use: {
                                    allocated_bytes: number;
                                    files: number;
                                    size_bytes: number;
                                };
                                missing: {
                                    allocated_bytes: number;
                                    files: number;
                                    size_bytes: number;
                                };
                                orphan: {
                                    allocated_bytes: number;
                                    files: number;
                                    size_bytes: number;
                                };
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hosts/{id}/storage/gc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete orphan files (dry run unless dry_run is false)
         * @description Deletes orphans only: never a file a drive row names (by path or real path), never anything outside the storage root, never a file younger than the grace period (a drive being added) or of a VM whose VMM runs. Directories of VMs that no longer exist are removed whole. Each removal is a host event (and a VM event when the VM exists).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description true (default): report what would go, delete nothing
                         * @default true
                         */
                        dry_run?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dry_run: boolean;
                            /** @description allocated bytes of the removed files */
                            freed_bytes: number;
                            /** @description orphans not collected, and why (too recent, VMM running) */
                            kept: {
                                path: string;
                                reason: string;
                            }[];
                            /** @description deleted (or, in a dry run, would be) */
                            removed: {
                                /** @description on disk; null when missing */
                                allocated_bytes: number | null;
                                /** @description an orphan that POST …/storage/gc deletes: older than the grace period and not held by a running VMM */
                                collectable: boolean;
                                /** @description the drive row naming it */
                                drive_id: string | null;
                                /** Format: date-time */
                                modified_at: string | null;
                                path: string;
                                /** @description apparent size; null when missing */
                                size_bytes: number | null;
                                /** @description in_use: a drive row names it; orphan: no drive row does (a removal without delete_file, a crash, or a directory of a VM that no longer exists); missing: a drive row names it but the file is gone (provisioned: recreated at the next start; host_path and image: the start fails) */
                                status: "in_use" | "orphan" | "missing";
                                /** @description the VM directory it lies in */
                                vm_id: string;
                                /** @description null: no such VM any more */
                                vm_name: string | null;
                            }[];
                            /** @description directories of VMs that no longer exist, removed whole (or would be) */
                            removed_dirs: string[];
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List images, optionally of one kind or with one name */
        get: {
            parameters: {
                query?: {
                    kind?: "kernel" | "rootfs";
                    /** @description exact name */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                created_at: string;
                                /** Format: uuid */
                                host_id: string;
                                /** Format: uuid */
                                id: string;
                                kind: "kernel" | "rootfs";
                                name: string;
                                path: string;
                                size_bytes: number;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a kernel or rootfs image by its path on a host
         * @description The path must lie in the host agent's storage root or allowed paths (HEARTH_ALLOWED_PATHS) and be a regular file there. `host_id` may be left out while only one host is registered.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        host_id?: string;
                        kind: "kernel" | "rootfs";
                        name: string;
                        path: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            kind: "kernel" | "rootfs";
                            name: string;
                            path: string;
                            size_bytes: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one image */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            kind: "kernel" | "rootfs";
                            name: string;
                            path: string;
                            size_bytes: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an image registration (the file stays); 409 while a VM uses it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List VMs, oldest first, filtered by name (exact or part), state and host */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    host_id?: string;
                    limit?: number;
                    /** @description exact name */
                    name?: string;
                    /** @description part of the name, any case */
                    q?: string;
                    state?: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                boot_args: string;
                                /** Format: date-time */
                                created_at: string;
                                /** @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it */
                                desired_state: "running" | "stopped";
                                /** @description drive rows, the root drive included */
                                drive_count: number;
                                /** Format: uuid */
                                host_id: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                kernel_image_id: string;
                                last_error: {
                                    /** Format: date-time */
                                    at: string;
                                    code: string;
                                    drive_id?: string;
                                    firecracker_fault?: string;
                                    message: string;
                                    step?: string;
                                } | null;
                                mem_mib: number;
                                /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                                mmds: boolean;
                                name: string;
                                nic_count: number;
                                /** @description automatic restarts since the last start a user asked for */
                                restart_count: number;
                                restart_policy: {
                                    max_retries: number;
                                    name: "no" | "on-failure";
                                };
                                /** Format: uuid */
                                rootfs_image_id: string;
                                /** Format: date-time */
                                started_at: string | null;
                                state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                                /** Format: date-time */
                                updated_at: string;
                                vcpu: number;
                            }[];
                            /** @description pass as ?cursor= to get the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a VM (clones the rootfs, records drives and NICs, starts it unless start=false) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default console=ttyS0 reboot=k panic=1 pci=off */
                        boot_args?: string;
                        drives?: {
                            cache_type?: "Unsafe" | "Writeback";
                            /** @description letters, digits, _ */
                            drive_id: string;
                            /**
                             * Format: uuid
                             * @description a data drive copied from this registered image of the VM's host (reflink where the file system allows, else a sparse copy); source becomes `image`
                             */
                            image_id?: string;
                            io_engine?: "Sync" | "Async";
                            /** @default false */
                            is_read_only?: boolean;
                            /** @default false */
                            is_root_device?: boolean;
                            /** @description omit to provision (or give image_id) */
                            path_on_host?: string;
                            rate_limiter?: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            /** @description for a provisioned drive; default 10 GiB (10737418240). With image_id: grow the copy to this size (at least the image size) */
                            size_bytes?: number;
                        }[];
                        /** Format: uuid */
                        kernel_image_id: string;
                        mem_mib: number;
                        /**
                         * @description serve the drive manifest through MMDS (needs a NIC)
                         * @default false
                         */
                        mmds?: boolean;
                        name: string;
                        nics?: {
                            /** @description default: generated */
                            guest_mac?: string;
                            /** @description letters, digits, _ */
                            iface_id: string;
                            rx_rate_limiter?: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            tx_rate_limiter?: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                        }[];
                        restart_policy?: {
                            /**
                             * @description restarts in a row before the VM stays in `error`
                             * @default 3
                             */
                            max_retries?: number;
                            /** @description `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s) */
                            name: "no" | "on-failure";
                        };
                        /** Format: uuid */
                        rootfs_image_id: string;
                        /** @default true */
                        start?: boolean;
                        vcpu: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boot_args: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it */
                            desired_state: "running" | "stopped";
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                cache_type: "Unsafe" | "Writeback";
                                /** Format: date-time */
                                created_at: string | null;
                                drive_id: string;
                                /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                io_engine: "Sync" | "Async";
                                is_read_only: boolean;
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                size_bytes: number | null;
                                source: ("provisioned" | "host_path" | "image") | (never | null);
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            host: {
                                /** @description agent address: http://host:port or unix:/path/agent.sock */
                                addr: string;
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** @description true while heartbeats are fresh */
                                healthy: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string | null;
                                name: string;
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                    limit_bytes: number | null;
                                    /** @description HEARTH_STORAGE_OVERCOMMIT */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /** @description VMs placed on this host, in any state */
                                vm_count: number;
                            };
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            kernel_image_id: string;
                            last_error: {
                                /** Format: date-time */
                                at: string;
                                code: string;
                                drive_id?: string;
                                firecracker_fault?: string;
                                message: string;
                                step?: string;
                            } | null;
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            name: string;
                            nics: {
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                /** Format: date-time */
                                created_at: string | null;
                                guest_mac: string | null;
                                /** @description the TAP device on the host */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                iface_id: string;
                                rx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                tx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            restart_policy: {
                                max_retries: number;
                                name: "no" | "on-failure";
                            };
                            /** Format: uuid */
                            rootfs_image_id: string;
                            /** Format: date-time */
                            started_at: string | null;
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives */
                                provisioned_bytes: number;
                            };
                            /** Format: date-time */
                            updated_at: string;
                            vcpu: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A VM with its host, drives and NICs (attachment compared with the live VMM) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boot_args: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it */
                            desired_state: "running" | "stopped";
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                cache_type: "Unsafe" | "Writeback";
                                /** Format: date-time */
                                created_at: string | null;
                                drive_id: string;
                                /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                io_engine: "Sync" | "Async";
                                is_read_only: boolean;
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                size_bytes: number | null;
                                source: ("provisioned" | "host_path" | "image") | (never | null);
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            host: {
                                /** @description agent address: http://host:port or unix:/path/agent.sock */
                                addr: string;
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** @description true while heartbeats are fresh */
                                healthy: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string | null;
                                name: string;
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                    limit_bytes: number | null;
                                    /** @description HEARTH_STORAGE_OVERCOMMIT */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /** @description VMs placed on this host, in any state */
                                vm_count: number;
                            };
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            kernel_image_id: string;
                            last_error: {
                                /** Format: date-time */
                                at: string;
                                code: string;
                                drive_id?: string;
                                firecracker_fault?: string;
                                message: string;
                                step?: string;
                            } | null;
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            name: string;
                            nics: {
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                /** Format: date-time */
                                created_at: string | null;
                                guest_mac: string | null;
                                /** @description the TAP device on the host */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                iface_id: string;
                                rx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                tx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            restart_policy: {
                                max_retries: number;
                                name: "no" | "on-failure";
                            };
                            /** Format: uuid */
                            rootfs_image_id: string;
                            /** Format: date-time */
                            started_at: string | null;
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives */
                                provisioned_bytes: number;
                            };
                            /** Format: date-time */
                            updated_at: string;
                            vcpu: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a VM: stop it, remove its directory on the host, delete its rows */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a VM's restart policy (takes effect at once; a new policy resets restart_count) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description applies at the next start; needs a NIC */
                        mmds?: boolean;
                        restart_policy?: {
                            /**
                             * @description restarts in a row before the VM stays in `error`
                             * @default 3
                             */
                            max_retries?: number;
                            /** @description `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s) */
                            name: "no" | "on-failure";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boot_args: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it */
                            desired_state: "running" | "stopped";
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                cache_type: "Unsafe" | "Writeback";
                                /** Format: date-time */
                                created_at: string | null;
                                drive_id: string;
                                /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                io_engine: "Sync" | "Async";
                                is_read_only: boolean;
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                size_bytes: number | null;
                                source: ("provisioned" | "host_path" | "image") | (never | null);
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            host: {
                                /** @description agent address: http://host:port or unix:/path/agent.sock */
                                addr: string;
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** @description true while heartbeats are fresh */
                                healthy: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string | null;
                                name: string;
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                    limit_bytes: number | null;
                                    /** @description HEARTH_STORAGE_OVERCOMMIT */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /** @description VMs placed on this host, in any state */
                                vm_count: number;
                            };
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            kernel_image_id: string;
                            last_error: {
                                /** Format: date-time */
                                at: string;
                                code: string;
                                drive_id?: string;
                                firecracker_fault?: string;
                                message: string;
                                step?: string;
                            } | null;
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            name: string;
                            nics: {
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                /** Format: date-time */
                                created_at: string | null;
                                guest_mac: string | null;
                                /** @description the TAP device on the host */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                iface_id: string;
                                rx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                tx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            restart_policy: {
                                max_retries: number;
                                name: "no" | "on-failure";
                            };
                            /** Format: uuid */
                            rootfs_image_id: string;
                            /** Format: date-time */
                            started_at: string | null;
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives */
                                provisioned_bytes: number;
                            };
                            /** Format: date-time */
                            updated_at: string;
                            vcpu: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/vms/{id}/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The end of a VM's serial console output (all boots, newest last) */
        get: {
            parameters: {
                query?: {
                    /** @description how much of the end of the log to return */
                    bytes?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description byte offset just after text: pass as from to continue */
                            end: number;
                            /** @description byte offset of the first byte of text */
                            start: number;
                            /** @description the serial console output, UTF-8 */
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/console/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a VM's serial console (server-sent events)
         * @description Events `output` with `id: <end byte offset>` and data `{"text": "..."}`; the first one holds the last 64 KiB, or what follows `from` / `Last-Event-ID`. An `error` event (data: the error body) ends the stream when the agent cannot be read; reconnect to continue.
         */
        get: {
            parameters: {
                query?: {
                    /** @description byte offset to continue from (the id of the last event received); default: the last 64 KiB. The Last-Event-ID header is honoured too. */
                    from?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream of output events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": {
                            text: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/drives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a VM's drives, root first
         * @description While the VM runs, `attachment` compares each row with the live Firecracker configuration (attached, pending_attach, pending_change, and pending_detach entries for drives removed since start); it is null while the VM is not running.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                cache_type: "Unsafe" | "Writeback";
                                /** Format: date-time */
                                created_at: string | null;
                                drive_id: string;
                                /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                io_engine: "Sync" | "Async";
                                is_read_only: boolean;
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                size_bytes: number | null;
                                source: ("provisioned" | "host_path" | "image") | (never | null);
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a drive: provision a sparse file, or use an existing host file
         * @description Without `path_on_host` the host allocates a sparse `disk-<uuid>.img` of `size_bytes` (default 10 GiB) in the VM storage dir. With `image_id` it copies that image of the VM host there instead (source `image`). With `path_on_host`, the path must lie in an allowed root and be an existing regular file on the VM's host. Beyond the host storage limit (capacity × HEARTH_STORAGE_OVERCOMMIT): 507. Changes the database only (and, for files, the host through its agent), never the running Firecracker: it works in every VM state except `deleting` and takes effect at the next start.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cache_type?: "Unsafe" | "Writeback";
                        /** @description letters, digits, _ */
                        drive_id: string;
                        /**
                         * Format: uuid
                         * @description a data drive copied from this registered image of the VM's host (reflink where the file system allows, else a sparse copy); source becomes `image`
                         */
                        image_id?: string;
                        io_engine?: "Sync" | "Async";
                        /** @default false */
                        is_read_only?: boolean;
                        /** @default false */
                        is_root_device?: boolean;
                        /** @description omit to provision (or give image_id) */
                        path_on_host?: string;
                        rate_limiter?: {
                            bandwidth?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                            ops?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                        } | null;
                        /** @description for a provisioned drive; default 10 GiB (10737418240). With image_id: grow the copy to this size (at least the image size) */
                        size_bytes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                            allocated_bytes: number | null;
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                            cache_type: "Unsafe" | "Writeback";
                            /** Format: date-time */
                            created_at: string | null;
                            drive_id: string;
                            /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description null only for a pending_detach entry
                             */
                            id: string | null;
                            io_engine: "Sync" | "Async";
                            is_read_only: boolean;
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            size_bytes: number | null;
                            source: ("provisioned" | "host_path" | "image") | (never | null);
                            /** Format: date-time */
                            updated_at: string | null;
                            /** Format: uuid */
                            vm_id: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/drives/{drive_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one drive
         * @description While the VM runs, `attachment` compares each row with the live Firecracker configuration (attached, pending_attach, pending_change, and pending_detach entries for drives removed since start); it is null while the VM is not running.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    drive_id: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                            allocated_bytes: number | null;
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                            cache_type: "Unsafe" | "Writeback";
                            /** Format: date-time */
                            created_at: string | null;
                            drive_id: string;
                            /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description null only for a pending_detach entry
                             */
                            id: string | null;
                            io_engine: "Sync" | "Async";
                            is_read_only: boolean;
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            size_bytes: number | null;
                            source: ("provisioned" | "host_path" | "image") | (never | null);
                            /** Format: date-time */
                            updated_at: string | null;
                            /** Format: uuid */
                            vm_id: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Remove a drive; `delete_file=true` also deletes a file in the VM storage dir
         * @description The root device cannot be removed (409). `delete_file=true` is refused (400) for a host_path drive: that file is not Hearth's to delete. Changes the database only (and, for files, the host through its agent), never the running Firecracker: it works in every VM state except `deleting` and takes effect at the next start.
         */
        delete: {
            parameters: {
                query?: {
                    delete_file?: boolean;
                };
                header?: never;
                path: {
                    drive_id: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a drive's settings (read-only, cache type, IO engine, rate limiter) or grow it (size_bytes)
         * @description `size_bytes` grows a provisioned drive at once (the file is extended sparse by the host; smaller is 409 SHRINK_NOT_SUPPORTED, a host_path or image drive is 409 RESIZE_NOT_SUPPORTED, past the host storage limit is 507). A running guest keeps the size it has until POST …/apply or the next start. Changes the database only (and, for files, the host through its agent), never the running Firecracker: it works in every VM state except `deleting` and takes effect at the next start.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    drive_id: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cache_type?: "Unsafe" | "Writeback";
                        io_engine?: "Sync" | "Async";
                        is_read_only?: boolean;
                        rate_limiter?: {
                            bandwidth?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                            ops?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                        } | null;
                        /** @description provisioned drives only, larger only: the file is grown sparse at once; a running guest sees the new size after POST …/apply or the next start */
                        size_bytes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                            allocated_bytes: number | null;
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                            cache_type: "Unsafe" | "Writeback";
                            /** Format: date-time */
                            created_at: string | null;
                            drive_id: string;
                            /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description null only for a pending_detach entry
                             */
                            id: string | null;
                            io_engine: "Sync" | "Async";
                            is_read_only: boolean;
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            size_bytes: number | null;
                            source: ("provisioned" | "host_path" | "image") | (never | null);
                            /** Format: date-time */
                            updated_at: string | null;
                            /** Format: uuid */
                            vm_id: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/vms/{id}/drives/{drive_id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a pending change to the running VMM now, where Firecracker allows it
         * @description Opt-in, on a running VM: sends the one PATCH /drives/{id} that makes the live drive equal the row (path_on_host, which also makes a grown file's new size reach the guest, and rate_limiter). Any other difference (added or removed drive, root flag, read-only, cache type, IO engine) answers 409 RESTART_REQUIRED with details.fields and changes nothing. An attached drive answers 200 unchanged. Not running: 409 VM_INVALID_STATE.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    drive_id: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                            allocated_bytes: number | null;
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                            cache_type: "Unsafe" | "Writeback";
                            /** Format: date-time */
                            created_at: string | null;
                            drive_id: string;
                            /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description null only for a pending_detach entry
                             */
                            id: string | null;
                            io_engine: "Sync" | "Async";
                            is_read_only: boolean;
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            size_bytes: number | null;
                            source: ("provisioned" | "host_path" | "image") | (never | null);
                            /** Format: date-time */
                            updated_at: string | null;
                            /** Format: uuid */
                            vm_id: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/drives/{drive_id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a copy of a stopped VM's drive as a new image
         * @description The host copies the file (reflink where the file system allows, else sparse) to <storage root>/images/ and the copy is registered as a rootfs image on the VM host. A VM that is running, starting or stopping answers 409 VM_INVALID_STATE: the copy would be inconsistent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    drive_id: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the new image name (unique per host) */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            kind: "kernel" | "rootfs";
                            name: string;
                            path: string;
                            size_bytes: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A VM's events, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                level: "info" | "warn" | "error";
                                message: string;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/nics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a VM's network interfaces
         * @description While the VM runs, `attachment` compares each row with the live Firecracker configuration (attached, pending_attach, pending_change, and pending_detach entries for interfaces removed since start); it is null while the VM is not running.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                /** Format: date-time */
                                created_at: string | null;
                                guest_mac: string | null;
                                /** @description the TAP device on the host */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                iface_id: string;
                                rx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                tx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a network interface (TAP on the host bridge)
         * @description Without `guest_mac` a locally administered unicast MAC (06:xx:xx:xx:xx:xx) is generated; MACs are unique across Hearth. The TAP name (`host_dev_name`) is chosen once and kept for every start. Changes the database only, never the running Firecracker: it works in every VM state except `deleting` and takes effect at the next start.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description default: generated */
                        guest_mac?: string;
                        /** @description letters, digits, _ */
                        iface_id: string;
                        rx_rate_limiter?: {
                            bandwidth?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                            ops?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                        } | null;
                        tx_rate_limiter?: {
                            bandwidth?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                            ops?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                            /** Format: date-time */
                            created_at: string | null;
                            guest_mac: string | null;
                            /** @description the TAP device on the host */
                            host_dev_name: string;
                            /**
                             * Format: uuid
                             * @description null only for a pending_detach entry
                             */
                            id: string | null;
                            iface_id: string;
                            rx_rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            tx_rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            /** Format: date-time */
                            updated_at: string | null;
                            /** Format: uuid */
                            vm_id: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/nics/{iface_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one network interface
         * @description While the VM runs, `attachment` compares each row with the live Firecracker configuration (attached, pending_attach, pending_change, and pending_detach entries for interfaces removed since start); it is null while the VM is not running.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    iface_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                            /** Format: date-time */
                            created_at: string | null;
                            guest_mac: string | null;
                            /** @description the TAP device on the host */
                            host_dev_name: string;
                            /**
                             * Format: uuid
                             * @description null only for a pending_detach entry
                             */
                            id: string | null;
                            iface_id: string;
                            rx_rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            tx_rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            /** Format: date-time */
                            updated_at: string | null;
                            /** Format: uuid */
                            vm_id: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Remove a network interface
         * @description Its TAP goes away when the VM next stops. Changes the database only, never the running Firecracker: it works in every VM state except `deleting` and takes effect at the next start.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    iface_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a network interface's guest MAC or rate limiters
         * @description Changes the database only, never the running Firecracker: it works in every VM state except `deleting` and takes effect at the next start.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    iface_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        guest_mac?: string;
                        rx_rate_limiter?: {
                            bandwidth?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                            ops?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                        } | null;
                        tx_rate_limiter?: {
                            bandwidth?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                            ops?: {
                                one_time_burst?: number | null;
                                refill_time: number;
                                size: number;
                            } | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                            /** Format: date-time */
                            created_at: string | null;
                            guest_mac: string | null;
                            /** @description the TAP device on the host */
                            host_dev_name: string;
                            /**
                             * Format: uuid
                             * @description null only for a pending_detach entry
                             */
                            id: string | null;
                            iface_id: string;
                            rx_rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            tx_rate_limiter: {
                                bandwidth?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                                ops?: {
                                    one_time_burst?: number | null;
                                    refill_time: number;
                                    size: number;
                                } | null;
                            } | null;
                            /** Format: date-time */
                            updated_at: string | null;
                            /** Format: uuid */
                            vm_id: string;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/vms/{id}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restart a VM */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boot_args: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it */
                            desired_state: "running" | "stopped";
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                cache_type: "Unsafe" | "Writeback";
                                /** Format: date-time */
                                created_at: string | null;
                                drive_id: string;
                                /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                io_engine: "Sync" | "Async";
                                is_read_only: boolean;
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                size_bytes: number | null;
                                source: ("provisioned" | "host_path" | "image") | (never | null);
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            host: {
                                /** @description agent address: http://host:port or unix:/path/agent.sock */
                                addr: string;
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** @description true while heartbeats are fresh */
                                healthy: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string | null;
                                name: string;
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                    limit_bytes: number | null;
                                    /** @description HEARTH_STORAGE_OVERCOMMIT */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /** @description VMs placed on this host, in any state */
                                vm_count: number;
                            };
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            kernel_image_id: string;
                            last_error: {
                                /** Format: date-time */
                                at: string;
                                code: string;
                                drive_id?: string;
                                firecracker_fault?: string;
                                message: string;
                                step?: string;
                            } | null;
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            name: string;
                            nics: {
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                /** Format: date-time */
                                created_at: string | null;
                                guest_mac: string | null;
                                /** @description the TAP device on the host */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                iface_id: string;
                                rx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                tx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            restart_policy: {
                                max_retries: number;
                                name: "no" | "on-failure";
                            };
                            /** Format: uuid */
                            rootfs_image_id: string;
                            /** Format: date-time */
                            started_at: string | null;
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives */
                                provisioned_bytes: number;
                            };
                            /** Format: date-time */
                            updated_at: string;
                            vcpu: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a VM */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boot_args: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it */
                            desired_state: "running" | "stopped";
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                cache_type: "Unsafe" | "Writeback";
                                /** Format: date-time */
                                created_at: string | null;
                                drive_id: string;
                                /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                io_engine: "Sync" | "Async";
                                is_read_only: boolean;
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                size_bytes: number | null;
                                source: ("provisioned" | "host_path" | "image") | (never | null);
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            host: {
                                /** @description agent address: http://host:port or unix:/path/agent.sock */
                                addr: string;
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** @description true while heartbeats are fresh */
                                healthy: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string | null;
                                name: string;
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                    limit_bytes: number | null;
                                    /** @description HEARTH_STORAGE_OVERCOMMIT */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /** @description VMs placed on this host, in any state */
                                vm_count: number;
                            };
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            kernel_image_id: string;
                            last_error: {
                                /** Format: date-time */
                                at: string;
                                code: string;
                                drive_id?: string;
                                firecracker_fault?: string;
                                message: string;
                                step?: string;
                            } | null;
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            name: string;
                            nics: {
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                /** Format: date-time */
                                created_at: string | null;
                                guest_mac: string | null;
                                /** @description the TAP device on the host */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                iface_id: string;
                                rx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                tx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            restart_policy: {
                                max_retries: number;
                                name: "no" | "on-failure";
                            };
                            /** Format: uuid */
                            rootfs_image_id: string;
                            /** Format: date-time */
                            started_at: string | null;
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives */
                                provisioned_bytes: number;
                            };
                            /** Format: date-time */
                            updated_at: string;
                            vcpu: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vms/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a VM */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            boot_args: string;
                            /** Format: date-time */
                            created_at: string;
                            /** @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it */
                            desired_state: "running" | "stopped";
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                cache_type: "Unsafe" | "Writeback";
                                /** Format: date-time */
                                created_at: string | null;
                                drive_id: string;
                                /** @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                io_engine: "Sync" | "Async";
                                is_read_only: boolean;
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                size_bytes: number | null;
                                source: ("provisioned" | "host_path" | "image") | (never | null);
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            host: {
                                /** @description agent address: http://host:port or unix:/path/agent.sock */
                                addr: string;
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                created_at: string;
                                /** @description true while heartbeats are fresh */
                                healthy: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string | null;
                                name: string;
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507 */
                                    limit_bytes: number | null;
                                    /** @description HEARTH_STORAGE_OVERCOMMIT */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /** @description VMs placed on this host, in any state */
                                vm_count: number;
                            };
                            /** Format: uuid */
                            host_id: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            kernel_image_id: string;
                            last_error: {
                                /** Format: date-time */
                                at: string;
                                code: string;
                                drive_id?: string;
                                firecracker_fault?: string;
                                message: string;
                                step?: string;
                            } | null;
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            name: string;
                            nics: {
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | (never | null);
                                /** Format: date-time */
                                created_at: string | null;
                                guest_mac: string | null;
                                /** @description the TAP device on the host */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description null only for a pending_detach entry
                                 */
                                id: string | null;
                                iface_id: string;
                                rx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                tx_rate_limiter: {
                                    bandwidth?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                    ops?: {
                                        one_time_burst?: number | null;
                                        refill_time: number;
                                        size: number;
                                    } | null;
                                } | null;
                                /** Format: date-time */
                                updated_at: string | null;
                                /** Format: uuid */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            restart_policy: {
                                max_retries: number;
                                name: "no" | "on-failure";
                            };
                            /** Format: uuid */
                            rootfs_image_id: string;
                            /** Format: date-time */
                            started_at: string | null;
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives */
                                provisioned_bytes: number;
                            };
                            /** Format: date-time */
                            updated_at: string;
                            vcpu: number;
                        };
                    };
                };
                /** @description Every error has this shape */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every error has this shape */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description SNAKE_CASE error code; see ErrorCode */
                                code: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ChangeEvent: {
            /** @description the changed row: VM, drive, NIC, event, host or image id */
            id: string;
            kind: "vm" | "drive" | "nic" | "vm_event" | "host" | "image";
            op: "insert" | "update" | "delete";
            /** @description a VM's new state */
            state: string | null;
            /** @description the VM it belongs to (for a vm change, its own id) */
            vm_id: string | null;
        };
        /** @description Every error has this shape */
        ErrorResponse: {
            error: {
                /** @description SNAKE_CASE error code; see ErrorCode */
                code: string;
                details: {
                    [key: string]: unknown;
                };
                message: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
