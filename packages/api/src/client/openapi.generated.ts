// Generated from the manager's OpenAPI document by `npm run gen:api-client`; do not edit.
// A test fails when this file is stale against GET /openapi.json.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while this manager process serves requests; needs no token (load balancers, systemd, Kubernetes probes). It does not check the database or the hosts: see /metrics for those.
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "status": "ok"
                         *     }
                         */
                        "application/json": {
                            /**
                             * @description always "ok"
                             * @enum {string}
                             */
                            status: "ok";
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
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of the manager and the fleet
         * @description Prometheus text format: HTTP requests, launches, reconcile passes and agent calls of this manager, VMs by state and host, host health, and per-VM block and NIC counters read from each VMM's Firecracker metrics. Needs the API token when one is set. See docs/metrics.md.
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
                /** @description the exposition, text/plain; version=0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
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
                            /**
                             * @description the changed row: VM, drive, NIC, event (a number, as text), host or image id
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            id: string;
                            /**
                             * @description what kind of row changed; also the SSE `event:` name
                             * @example vm
                             * @enum {string}
                             */
                            kind: "vm" | "drive" | "nic" | "vm_event" | "host" | "image";
                            /**
                             * @description what happened to the row
                             * @example update
                             * @enum {string}
                             */
                            op: "insert" | "update" | "delete";
                            /**
                             * @description for a vm change: the VM's new state; otherwise null
                             * @example running
                             */
                            state: string | null;
                            /**
                             * @description the VM it belongs to (for a vm change, its own id); null for hosts and images
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string | null;
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `EVENTS_UNAVAILABLE`: the manager cannot listen to the database right now; retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
        /**
         * List hosts with their health (fresh heartbeat), optionally the one with a name
         * @description Every registered host by name, with its capabilities, VM count and storage figures. Health changes by time passing (no event says so): poll this to see it.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description only the host with exactly this name
                     * @example node1
                     */
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
                            /** @description every matching host, by name */
                            items: {
                                /**
                                 * @description agent address: http://host:port or unix:/path/agent.sock
                                 * @example http://10.0.0.11:7070
                                 */
                                addr: string;
                                /**
                                 * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                                 * @example {
                                 *       "cpus": 8,
                                 *       "memory_bytes": 34359738368,
                                 *       "labels": {
                                 *         "rack": "r1"
                                 *       }
                                 *     }
                                 */
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the host first registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                                healthy: boolean;
                                /**
                                 * Format: uuid
                                 * @description the host id
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description the last registration or heartbeat; null if none yet
                                 */
                                last_seen_at: string | null;
                                /**
                                 * @description unique host name
                                 * @example node1
                                 */
                                name: string;
                                /** @description the host's disk space for VM storage */
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                    limit_bytes: number | null;
                                    /**
                                     * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                     * @example 4
                                     */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /**
                                 * @description VMs placed on this host, in any state
                                 * @example 3
                                 */
                                vm_count: number;
                            }[];
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a query parameter is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @example {
                     *       "name": "node1",
                     *       "addr": "http://10.0.0.11:7070",
                     *       "agent_token": "0123456789abcdef0123456789abcdef"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description where the manager reaches the agent: http(s)://host:port or unix:/path
                         * @example http://10.0.0.11:7070
                         */
                        addr: string;
                        /**
                         * @description the agent's own bearer token (HEARTH_AGENT_TOKEN), 16 to 256 characters
                         * @example 0123456789abcdef0123456789abcdef
                         */
                        agent_token: string;
                        /**
                         * @description added to what the agent reports (labels, or a deliberate override of a reading); the agent's own facts (storage root, VMM, allowed roots) cannot be overridden
                         * @example {
                         *       "cpus": 8,
                         *       "memory_bytes": 34359738368,
                         *       "labels": {
                         *         "rack": "r1"
                         *       }
                         *     }
                         */
                        capabilities?: {
                            [key: string]: unknown;
                        };
                        /**
                         * @description unique host name: letters, digits, ., _, -; registering an existing name updates that host
                         * @example node1
                         */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description an existing host (by name), updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description agent address: http://host:port or unix:/path/agent.sock
                             * @example http://10.0.0.11:7070
                             */
                            addr: string;
                            /**
                             * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                             * @example {
                             *       "cpus": 8,
                             *       "memory_bytes": 34359738368,
                             *       "labels": {
                             *         "rack": "r1"
                             *       }
                             *     }
                             */
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description when the host first registered
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                            healthy: boolean;
                            /**
                             * Format: uuid
                             * @description the host id
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description the last registration or heartbeat; null if none yet
                             */
                            last_seen_at: string | null;
                            /**
                             * @description unique host name
                             * @example node1
                             */
                            name: string;
                            /** @description the host's disk space for VM storage */
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                limit_bytes: number | null;
                                /**
                                 * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                 * @example 4
                                 */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /**
                             * @description VMs placed on this host, in any state
                             * @example 3
                             */
                            vm_count: number;
                        };
                    };
                };
                /** @description a new host */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description agent address: http://host:port or unix:/path/agent.sock
                             * @example http://10.0.0.11:7070
                             */
                            addr: string;
                            /**
                             * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                             * @example {
                             *       "cpus": 8,
                             *       "memory_bytes": 34359738368,
                             *       "labels": {
                             *         "rack": "r1"
                             *       }
                             *     }
                             */
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description when the host first registered
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                            healthy: boolean;
                            /**
                             * Format: uuid
                             * @description the host id
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description the last registration or heartbeat; null if none yet
                             */
                            last_seen_at: string | null;
                            /**
                             * @description unique host name
                             * @example node1
                             */
                            name: string;
                            /** @description the host's disk space for VM storage */
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                limit_bytes: number | null;
                                /**
                                 * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                 * @example 4
                                 */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /**
                             * @description VMs placed on this host, in any state
                             * @example 3
                             */
                            vm_count: number;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the join token is missing or wrong, or registration is disabled (HEARTH_JOIN_TOKEN is not set) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_PRECONDITION_FAILED`: the agent does not answer at addr, or refuses agent_token (details.addr) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
        /**
         * Get one host
         * @description The host with its capabilities, health, VM count and storage figures.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the host id
                     * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                     */
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
                            /**
                             * @description agent address: http://host:port or unix:/path/agent.sock
                             * @example http://10.0.0.11:7070
                             */
                            addr: string;
                            /**
                             * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                             * @example {
                             *       "cpus": 8,
                             *       "memory_bytes": 34359738368,
                             *       "labels": {
                             *         "rack": "r1"
                             *       }
                             *     }
                             */
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description when the host first registered
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                            healthy: boolean;
                            /**
                             * Format: uuid
                             * @description the host id
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description the last registration or heartbeat; null if none yet
                             */
                            last_seen_at: string | null;
                            /**
                             * @description unique host name
                             * @example node1
                             */
                            name: string;
                            /** @description the host's disk space for VM storage */
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                limit_bytes: number | null;
                                /**
                                 * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                 * @example 4
                                 */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /**
                             * @description VMs placed on this host, in any state
                             * @example 3
                             */
                            vm_count: number;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_NOT_FOUND`: no host has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /** @description how many events to return, newest first */
                    limit?: number;
                };
                header?: never;
                path: {
                    /**
                     * @description the host id
                     * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                     */
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
                            /** @description at most `limit` events, newest first */
                            items: {
                                /**
                                 * Format: date-time
                                 * @description when it happened
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /** @description facts for programs: e.g. the launch steps and their durations, a failed step and its Firecracker fault */
                                data: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: uuid
                                 * @description the host it happened to
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                host_id: string;
                                /**
                                 * @description the event id, increasing
                                 * @example 42
                                 */
                                id: number;
                                /**
                                 * @description `info`: what was asked and done; `warn`: done with a caveat; `error`: a failure
                                 * @example info
                                 * @enum {string}
                                 */
                                level: "info" | "warn" | "error";
                                /**
                                 * @description what happened, in a sentence
                                 * @example VM started
                                 */
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_NOT_FOUND`: no host has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
        /**
         * Record that a host is alive (optionally with new capabilities); needs the join token
         * @description Agents send it every few seconds; a host whose heartbeats stop for HEARTH_HOST_STALE_SECONDS is unhealthy and gets no new VMs. Only health and free capacity change this way: other values for identity and safety facts are refused and leave a warn host event.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the host id
                     * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "capabilities": {
                     *         "storage_free_bytes": 107374182400
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description fresh readings (free memory, free storage, ...); identity and safety facts are kept as registered
                         * @example {
                         *       "cpus": 8,
                         *       "memory_bytes": 34359738368,
                         *       "labels": {
                         *         "rack": "r1"
                         *       }
                         *     }
                         */
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
                            /**
                             * @description agent address: http://host:port or unix:/path/agent.sock
                             * @example http://10.0.0.11:7070
                             */
                            addr: string;
                            /**
                             * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                             * @example {
                             *       "cpus": 8,
                             *       "memory_bytes": 34359738368,
                             *       "labels": {
                             *         "rack": "r1"
                             *       }
                             *     }
                             */
                            capabilities: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description when the host first registered
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                            healthy: boolean;
                            /**
                             * Format: uuid
                             * @description the host id
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            id: string;
                            /**
                             * Format: date-time
                             * @description the last registration or heartbeat; null if none yet
                             */
                            last_seen_at: string | null;
                            /**
                             * @description unique host name
                             * @example node1
                             */
                            name: string;
                            /** @description the host's disk space for VM storage */
                            storage?: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                limit_bytes: number | null;
                                /**
                                 * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                 * @example 4
                                 */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /**
                             * @description VMs placed on this host, in any state
                             * @example 3
                             */
                            vm_count: number;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the join token is missing or wrong, or registration is disabled (HEARTH_JOIN_TOKEN is not set) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_NOT_FOUND`: no host has this id: register it again */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @description the host id
                     * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                     */
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
                                /** @description bytes on disk; null when missing */
                                allocated_bytes: number | null;
                                /** @description an orphan that POST …/storage/gc deletes: older than the grace period and not held by a running VMM */
                                collectable: boolean;
                                /**
                                 * @description the drive row naming it; null for an orphan
                                 * @example data
                                 */
                                drive_id: string | null;
                                /**
                                 * Format: date-time
                                 * @description last modification; null when missing
                                 */
                                modified_at: string | null;
                                /**
                                 * @description the file on the host
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path: string;
                                /** @description apparent size in bytes; null when missing */
                                size_bytes: number | null;
                                /**
                                 * @description in_use: a drive row names it; orphan: no drive row does (a removal without delete_file, a crash, or a directory of a VM that no longer exists); missing: a drive row names it but the file is gone (provisioned: recreated at the next start; host_path and image: the start fails)
                                 * @enum {string}
                                 */
                                status: "in_use" | "orphan" | "missing";
                                /**
                                 * @description the VM directory it lies in
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                                /**
                                 * @description null: no such VM any more
                                 * @example web1
                                 */
                                vm_name: string | null;
                            }[];
                            /**
                             * Format: uuid
                             * @description the host
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: date-time
                             * @description when the agent listed the files
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            measured_at: string;
                            /**
                             * @description the agent's storage root, holding one directory per VM
                             * @example /srv/fc/vms
                             */
                            storage_root: string;
                            /** @description the host's disk space for VM storage */
                            summary: {
                                /** @description sum of allocated_bytes of those drives, as last measured */
                                allocated_bytes: number;
                                /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                capacity_bytes: number | null;
                                /** @description free space there, as the agent last reported */
                                free_bytes: number | null;
                                /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                limit_bytes: number | null;
                                /**
                                 * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                 * @example 4
                                 */
                                overcommit: number;
                                /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                provisioned_bytes: number;
                            };
                            /** @description file counts and sizes per status */
                            totals: {
                                /** @description the in_use files */
                                in_use: {
                                    /** @description their bytes on disk, summed */
                                    allocated_bytes: number;
                                    /** @description how many files */
                                    files: number;
                                    /** @description their apparent sizes, summed */
                                    size_bytes: number;
                                };
                                /** @description the missing files */
                                missing: {
                                    /** @description their bytes on disk, summed */
                                    allocated_bytes: number;
                                    /** @description how many files */
                                    files: number;
                                    /** @description their apparent sizes, summed */
                                    size_bytes: number;
                                };
                                /** @description the orphan files */
                                orphan: {
                                    /** @description their bytes on disk, summed */
                                    allocated_bytes: number;
                                    /** @description how many files */
                                    files: number;
                                    /** @description their apparent sizes, summed */
                                    size_bytes: number;
                                };
                            };
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_NOT_FOUND`: no host has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
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
                    /**
                     * @description the host id
                     * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "dry_run": true
                     *     }
                     */
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
                            /** @description true: nothing was deleted, the lists say what would be */
                            dry_run: boolean;
                            /** @description allocated bytes of the removed files */
                            freed_bytes: number;
                            /** @description orphans not collected, and why (too recent, VMM running) */
                            kept: {
                                /** @description the orphan file */
                                path: string;
                                /**
                                 * @description why it stays
                                 * @example modified less than 5 minutes ago (a drive or VM may be being created)
                                 */
                                reason: string;
                            }[];
                            /** @description deleted (or, in a dry run, would be) */
                            removed: {
                                /** @description bytes on disk; null when missing */
                                allocated_bytes: number | null;
                                /** @description an orphan that POST …/storage/gc deletes: older than the grace period and not held by a running VMM */
                                collectable: boolean;
                                /**
                                 * @description the drive row naming it; null for an orphan
                                 * @example data
                                 */
                                drive_id: string | null;
                                /**
                                 * Format: date-time
                                 * @description last modification; null when missing
                                 */
                                modified_at: string | null;
                                /**
                                 * @description the file on the host
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path: string;
                                /** @description apparent size in bytes; null when missing */
                                size_bytes: number | null;
                                /**
                                 * @description in_use: a drive row names it; orphan: no drive row does (a removal without delete_file, a crash, or a directory of a VM that no longer exists); missing: a drive row names it but the file is gone (provisioned: recreated at the next start; host_path and image: the start fails)
                                 * @enum {string}
                                 */
                                status: "in_use" | "orphan" | "missing";
                                /**
                                 * @description the VM directory it lies in
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                                /**
                                 * @description null: no such VM any more
                                 * @example web1
                                 */
                                vm_name: string | null;
                            }[];
                            /** @description directories of VMs that no longer exist, removed whole (or would be) */
                            removed_dirs: string[];
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_NOT_FOUND`: no host has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
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
        /**
         * List images, optionally of one kind or with one name
         * @description Every registered image of every host, by kind then name. Images of one kind and name on several hosts are copies of one image: placement picks a host that has both of a VM's images.
         */
        get: {
            parameters: {
                query?: {
                    /** @description only images of this kind */
                    kind?: "kernel" | "rootfs";
                    /**
                     * @description only images with exactly this name
                     * @example vmlinux
                     */
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
                            /** @description every matching image, by kind then name */
                            items: {
                                /**
                                 * Format: date-time
                                 * @description when it was registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * Format: uuid
                                 * @description the host whose file this is
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                host_id: string;
                                /**
                                 * Format: uuid
                                 * @description the image id
                                 * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                                 */
                                id: string;
                                /**
                                 * @description `kernel`: an uncompressed Linux kernel (vmlinux) to boot; `rootfs`: a file system image, copied into each VM as its root drive
                                 * @example kernel
                                 * @enum {string}
                                 */
                                kind: "kernel" | "rootfs";
                                /**
                                 * @description unique per host and kind; images of the same kind and name on several hosts are copies of one image
                                 * @example vmlinux
                                 */
                                name: string;
                                /**
                                 * @description the file on that host
                                 * @example /var/lib/hearth/images/vmlinux
                                 */
                                path: string;
                                /**
                                 * @description size of the file in bytes, at registration
                                 * @example 44040192
                                 */
                                size_bytes: number;
                            }[];
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a query parameter is invalid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @example {
                     *       "kind": "kernel",
                     *       "name": "vmlinux",
                     *       "path": "/var/lib/hearth/images/vmlinux"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the host that has the file; may be left out while only one host is registered
                         * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                         */
                        host_id?: string;
                        /**
                         * @description `kernel`: an uncompressed Linux kernel (vmlinux) to boot; `rootfs`: a file system image, copied into each VM as its root drive
                         * @example kernel
                         * @enum {string}
                         */
                        kind: "kernel" | "rootfs";
                        /**
                         * @description unique per host: letters, digits, ., _, -
                         * @example vmlinux
                         */
                        name: string;
                        /**
                         * @description an existing regular file on the host, in the agent's allowed paths (HEARTH_ALLOWED_PATHS), outside its VM storage root
                         * @example /var/lib/hearth/images/vmlinux
                         */
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
                            /**
                             * Format: date-time
                             * @description when it was registered
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * Format: uuid
                             * @description the host whose file this is
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the image id
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            id: string;
                            /**
                             * @description `kernel`: an uncompressed Linux kernel (vmlinux) to boot; `rootfs`: a file system image, copied into each VM as its root drive
                             * @example kernel
                             * @enum {string}
                             */
                            kind: "kernel" | "rootfs";
                            /**
                             * @description unique per host and kind; images of the same kind and name on several hosts are copies of one image
                             * @example vmlinux
                             */
                            name: string;
                            /**
                             * @description the file on that host
                             * @example /var/lib/hearth/images/vmlinux
                             */
                            path: string;
                            /**
                             * @description size of the file in bytes, at registration
                             * @example 44040192
                             */
                            size_bytes: number;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues), or host_id is left out while several hosts are registered (details.host_ids)
                 *     - `PATH_NOT_ALLOWED`: the path is outside the host's allowed paths, or inside its VM storage root (VM disks and Hearth's own files)
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_NOT_FOUND`: host_id names no host */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `NAME_TAKEN`: the host has an image with this name */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `FILE_NOT_FOUND`: the path is not an existing regular file on the host
                 *     - `NO_HOST_AVAILABLE`: no host is registered yet: start an agent first
                 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
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
        /**
         * Get one image
         * @description The registration: kind, name, host, path and size at registration.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the image id
                     * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                     */
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
                            /**
                             * Format: date-time
                             * @description when it was registered
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * Format: uuid
                             * @description the host whose file this is
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the image id
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            id: string;
                            /**
                             * @description `kernel`: an uncompressed Linux kernel (vmlinux) to boot; `rootfs`: a file system image, copied into each VM as its root drive
                             * @example kernel
                             * @enum {string}
                             */
                            kind: "kernel" | "rootfs";
                            /**
                             * @description unique per host and kind; images of the same kind and name on several hosts are copies of one image
                             * @example vmlinux
                             */
                            name: string;
                            /**
                             * @description the file on that host
                             * @example /var/lib/hearth/images/vmlinux
                             */
                            path: string;
                            /**
                             * @description size of the file in bytes, at registration
                             * @example 44040192
                             */
                            size_bytes: number;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `IMAGE_NOT_FOUND`: no image has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
         * Delete an image registration (the file stays); 409 while a VM uses it
         * @description Removes the registration only: the file on the host is the operator's. A VM booting the kernel or created from the rootfs keeps the image in use until it is deleted.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the image id
                     * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                     */
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
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `IMAGE_NOT_FOUND`: no image has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `IMAGE_IN_USE`: VMs use the image (details.vms); delete them first */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
        /**
         * List VMs, oldest first, filtered by name (exact or part), state and host
         * @description A page of at most `limit` VMs; pass `next_cursor` as `cursor` for the next one. Each row counts its drives and NICs; GET /v1/vms/{id} has the devices themselves.
         */
        get: {
            parameters: {
                query?: {
                    /** @description next_cursor of the previous page, unchanged */
                    cursor?: string;
                    /**
                     * @description only VMs on this host
                     * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                     */
                    host_id?: string;
                    /** @description VMs per page, 1 to 500 */
                    limit?: number;
                    /**
                     * @description only the VM with exactly this name
                     * @example web1
                     */
                    name?: string;
                    /**
                     * @description only VMs whose name contains this, in any case
                     * @example web
                     */
                    q?: string;
                    /** @description only VMs in this state */
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
                            /** @description this page, in list order */
                            items: {
                                /**
                                 * @description the kernel command line
                                 * @example console=ttyS0 reboot=k panic=1 pci=off
                                 */
                                boot_args: string;
                                /**
                                 * Format: date-time
                                 * @description when the VM was created
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /**
                                 * @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it
                                 * @example running
                                 * @enum {string}
                                 */
                                desired_state: "running" | "stopped";
                                /** @description drive rows, the root drive included */
                                drive_count: number;
                                /**
                                 * Format: uuid
                                 * @description the host the VM was placed on (it stays there)
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                host_id: string;
                                /**
                                 * Format: uuid
                                 * @description the VM id
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description the kernel image it boots
                                 * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                                 */
                                kernel_image_id: string;
                                /** @description the last failure of a start or stop; null after a success */
                                last_error: {
                                    /**
                                     * Format: date-time
                                     * @description when it failed
                                     * @example 2025-05-12T09:30:00.000Z
                                     */
                                    at: string;
                                    /**
                                     * @description the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)
                                     * @example LAUNCH_FAILED
                                     */
                                    code: string;
                                    /** @description the drive the failure is about */
                                    drive_id?: string;
                                    /** @description Firecracker's own fault message, when it refused */
                                    firecracker_fault?: string;
                                    /** @description what failed, in a sentence */
                                    message: string;
                                    /**
                                     * @description the launch step that failed
                                     * @example launch.boot-source
                                     */
                                    step?: string;
                                } | null;
                                /**
                                 * @description guest memory in MiB
                                 * @example 512
                                 */
                                mem_mib: number;
                                /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                                mmds: boolean;
                                /**
                                 * @description unique VM name
                                 * @example web1
                                 */
                                name: string;
                                /** @description network interface rows */
                                nic_count: number;
                                /** @description automatic restarts since the last start a user asked for */
                                restart_count: number;
                                /** @description what the reconciler does when the VMM exits on its own */
                                restart_policy: {
                                    /** @description restarts in a row before the VM stays in `error` */
                                    max_retries: number;
                                    /**
                                     * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                                     * @enum {string}
                                     */
                                    name: "no" | "on-failure";
                                };
                                /**
                                 * Format: uuid
                                 * @description the rootfs image its root drive was copied from
                                 * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                                 */
                                rootfs_image_id: string;
                                /**
                                 * Format: date-time
                                 * @description when the running VMM started; null when not running
                                 */
                                started_at: string | null;
                                /**
                                 * @description what the VM is, as the manager last saw it: `created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), `error` (a start, stop or the VMM failed: see last_error), `deleting`
                                 * @example running
                                 * @enum {string}
                                 */
                                state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                                /**
                                 * Format: date-time
                                 * @description when the VM row last changed
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                updated_at: string;
                                /**
                                 * @description virtual CPUs
                                 * @example 2
                                 */
                                vcpu: number;
                            }[];
                            /** @description pass as ?cursor= to get the next page; null on the last page */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a query parameter is invalid, or cursor is not a next_cursor of this list */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a VM (clones the rootfs, records drives and NICs, starts it unless start=false)
         * @description Places the VM on a healthy host that holds both images and has room for its vCPUs, memory and drives (the one with the most free memory), copies the rootfs image into `<storage root>/<vm id>/storage/rootfs.img` as root drive `rootfs`, provisions or checks the data drives as POST …/drives does, and records everything in one transaction; if any step fails nothing stays behind. With `start` (default) the VM is then started: a start that fails still answers 201, with the VM in `error` and its last_error.
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
                    /**
                     * @example {
                     *       "name": "web1",
                     *       "vcpu": 2,
                     *       "mem_mib": 512,
                     *       "kernel_image_id": "c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e",
                     *       "rootfs_image_id": "e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b",
                     *       "drives": [
                     *         {
                     *           "drive_id": "data",
                     *           "size_bytes": 10737418240
                     *         }
                     *       ],
                     *       "nics": [
                     *         {
                     *           "iface_id": "eth0"
                     *         }
                     *       ],
                     *       "start": true
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description the kernel command line; default `console=ttyS0 reboot=k panic=1 pci=off`
                         * @default console=ttyS0 reboot=k panic=1 pci=off
                         */
                        boot_args?: string;
                        /** @description data drives besides the root drive, at most 32 (as for POST …/drives) */
                        drives?: {
                            /**
                             * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                             * @example Unsafe
                             * @enum {string}
                             */
                            cache_type?: "Unsafe" | "Writeback";
                            /**
                             * @description the drive's name within its VM, as Firecracker gets it: 1 to 64 letters, digits or _; `rootfs` is the root drive
                             * @example data
                             */
                            drive_id: string;
                            /**
                             * Format: uuid
                             * @description a data drive copied from this registered image of the VM's host (reflink where the file system allows, else a sparse copy); source becomes `image`
                             * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                             */
                            image_id?: string;
                            /**
                             * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                             * @example Sync
                             * @enum {string}
                             */
                            io_engine?: "Sync" | "Async";
                            /**
                             * @description the guest sees the drive read-only
                             * @default false
                             */
                            is_read_only?: boolean;
                            /**
                             * @description boot from this drive; a VM has exactly one root device (its rootfs), so this is only for a VM without one
                             * @default false
                             */
                            is_root_device?: boolean;
                            /**
                             * @description an existing regular file on the VM's host, inside an allowed root (HEARTH_ALLOWED_PATHS) or the VM's own storage dir; source becomes `host_path`. Omit it to provision a sparse file (or give image_id)
                             * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                             */
                            path_on_host?: string;
                            /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                            rate_limiter?: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * @description size of the disk in bytes, for a provisioned drive; default 10 GiB (10737418240), at most HEARTH_MAX_DRIVE_BYTES. With image_id: grow the copy to this size (at least the image size). Not with path_on_host
                             * @example 10737418240
                             */
                            size_bytes?: number;
                        }[];
                        /**
                         * Format: uuid
                         * @description a registered image of kind kernel
                         * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                         */
                        kernel_image_id: string;
                        /**
                         * @description guest memory in MiB, at least 128
                         * @example 512
                         */
                        mem_mib: number;
                        /**
                         * @description serve the drive manifest through MMDS (needs a NIC)
                         * @default false
                         */
                        mmds?: boolean;
                        /**
                         * @description unique VM name: letters, digits, ., _, -
                         * @example web1
                         */
                        name: string;
                        /** @description network interfaces, at most 16 (as for POST …/nics) */
                        nics?: {
                            /**
                             * @description a unicast MAC address unique across Hearth; default: a generated locally administered one (06:xx:xx:xx:xx:xx)
                             * @example 06:00:ac:10:00:02
                             */
                            guest_mac?: string;
                            /**
                             * @description the interface's name within its VM, as Firecracker gets it: 1 to 64 letters, digits or _
                             * @example eth0
                             */
                            iface_id: string;
                            /** @description limits on what the guest receives; null or omitted: unlimited */
                            rx_rate_limiter?: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /** @description limits on what the guest sends; null or omitted: unlimited */
                            tx_rate_limiter?: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                        }[];
                        /**
                         * @description what the reconciler does when the VMM exits on its own
                         * @example {
                         *       "name": "on-failure",
                         *       "max_retries": 3
                         *     }
                         */
                        restart_policy?: {
                            /**
                             * @description restarts in a row before the VM stays in `error`; default 3
                             * @default 3
                             */
                            max_retries?: number;
                            /**
                             * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                             * @example on-failure
                             * @enum {string}
                             */
                            name: "no" | "on-failure";
                        };
                        /**
                         * Format: uuid
                         * @description a registered image of kind rootfs, copied into the VM storage dir as its root drive `rootfs`
                         * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                         */
                        rootfs_image_id: string;
                        /**
                         * @description start the VM once it is created (default); a failed start still answers 201, the VM in `error` with last_error
                         * @default true
                         */
                        start?: boolean;
                        /**
                         * @description virtual CPUs, 1 to 32
                         * @example 2
                         */
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
                            /**
                             * @description the kernel command line
                             * @example console=ttyS0 reboot=k panic=1 pci=off
                             */
                            boot_args: string;
                            /**
                             * Format: date-time
                             * @description when the VM was created
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it
                             * @example running
                             * @enum {string}
                             */
                            desired_state: "running" | "stopped";
                            /** @description its drives, root first, with pending_detach entries while it runs */
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                                 * @example Unsafe
                                 * @enum {string}
                                 */
                                cache_type: "Unsafe" | "Writeback";
                                /**
                                 * Format: date-time
                                 * @description when the drive was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the drive's name within its VM (Firecracker's drive_id)
                                 * @example data
                                 */
                                drive_id: string;
                                /**
                                 * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                                 * @example /dev/vdb
                                 */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description the drive row id; null only for a pending_detach entry (its row is gone)
                                 * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                                 */
                                id: string | null;
                                /**
                                 * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                                 * @example Sync
                                 * @enum {string}
                                 */
                                io_engine: "Sync" | "Async";
                                /** @description the guest sees the drive read-only */
                                is_read_only: boolean;
                                /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                /**
                                 * @description the file on the VM host that backs the drive
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                                rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                                 * @example 10737418240
                                 */
                                size_bytes: number | null;
                                /**
                                 * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                                 * @enum {string|null}
                                 */
                                source: "provisioned" | "host_path" | "image" | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the drive belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description the host the VM is placed on */
                            host: {
                                /**
                                 * @description agent address: http://host:port or unix:/path/agent.sock
                                 * @example http://10.0.0.11:7070
                                 */
                                addr: string;
                                /**
                                 * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                                 * @example {
                                 *       "cpus": 8,
                                 *       "memory_bytes": 34359738368,
                                 *       "labels": {
                                 *         "rack": "r1"
                                 *       }
                                 *     }
                                 */
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the host first registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                                healthy: boolean;
                                /**
                                 * Format: uuid
                                 * @description the host id
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description the last registration or heartbeat; null if none yet
                                 */
                                last_seen_at: string | null;
                                /**
                                 * @description unique host name
                                 * @example node1
                                 */
                                name: string;
                                /** @description the host's disk space for VM storage */
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                    limit_bytes: number | null;
                                    /**
                                     * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                     * @example 4
                                     */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /**
                                 * @description VMs placed on this host, in any state
                                 * @example 3
                                 */
                                vm_count: number;
                            };
                            /**
                             * Format: uuid
                             * @description the host the VM was placed on (it stays there)
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the VM id
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description the kernel image it boots
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            kernel_image_id: string;
                            /** @description the last failure of a start or stop; null after a success */
                            last_error: {
                                /**
                                 * Format: date-time
                                 * @description when it failed
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /**
                                 * @description the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)
                                 * @example LAUNCH_FAILED
                                 */
                                code: string;
                                /** @description the drive the failure is about */
                                drive_id?: string;
                                /** @description Firecracker's own fault message, when it refused */
                                firecracker_fault?: string;
                                /** @description what failed, in a sentence */
                                message: string;
                                /**
                                 * @description the launch step that failed
                                 * @example launch.boot-source
                                 */
                                step?: string;
                            } | null;
                            /**
                             * @description guest memory in MiB
                             * @example 512
                             */
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            /**
                             * @description unique VM name
                             * @example web1
                             */
                            name: string;
                            /** @description its network interfaces */
                            nics: {
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * Format: date-time
                                 * @description when the interface was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the MAC address the guest sees (lower case, unique across Hearth)
                                 * @example 06:00:ac:10:00:02
                                 */
                                guest_mac: string | null;
                                /**
                                 * @description the TAP device on the host, chosen once and kept for every start
                                 * @example fc-3f1c9a52-0
                                 */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description the interface row id; null only for a pending_detach entry (its row is gone)
                                 * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                                 */
                                id: string | null;
                                /**
                                 * @description the interface's name within its VM (Firecracker's iface_id)
                                 * @example eth0
                                 */
                                iface_id: string;
                                /** @description limits on what the guest receives; null or omitted: unlimited */
                                rx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /** @description limits on what the guest sends; null or omitted: unlimited */
                                tx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the interface belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            /** @description what the reconciler does when the VMM exits on its own */
                            restart_policy: {
                                /** @description restarts in a row before the VM stays in `error` */
                                max_retries: number;
                                /**
                                 * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                                 * @enum {string}
                                 */
                                name: "no" | "on-failure";
                            };
                            /**
                             * Format: uuid
                             * @description the rootfs image its root drive was copied from
                             * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                             */
                            rootfs_image_id: string;
                            /**
                             * Format: date-time
                             * @description when the running VMM started; null when not running
                             */
                            started_at: string | null;
                            /**
                             * @description what the VM is, as the manager last saw it: `created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), `error` (a start, stop or the VMM failed: see last_error), `deleting`
                             * @example running
                             * @enum {string}
                             */
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            /** @description the disk space of its drives */
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives (host_path drives not counted) */
                                provisioned_bytes: number;
                            };
                            /**
                             * Format: date-time
                             * @description when the VM row last changed
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description virtual CPUs
                             * @example 2
                             */
                            vcpu: number;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: a field is invalid, an image is of the wrong kind, a drive size is out of range, a drive gives both path_on_host and image_id, or a guest_mac is not unicast
                 *     - `PATH_NOT_ALLOWED`: a drive's path_on_host is outside the host's allowed roots, or in another VM's storage dir
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `IMAGE_NOT_FOUND`: kernel_image_id, rootfs_image_id or a drive's image_id names no image */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `NAME_TAKEN`: a VM with this name exists
                 *     - `ROOT_DEVICE_EXISTS`: a drive asks to be the root device: the root is the rootfs image
                 *     - `DRIVE_ID_TAKEN`: two drives have one drive_id, or a drive is named `rootfs`
                 *     - `IFACE_ID_TAKEN`: two NICs have one iface_id
                 *     - `MAC_TAKEN`: a guest_mac is already used (MACs are unique across Hearth)
                 *     - `MMDS_NEEDS_NIC`: mmds is true and nics is empty
                 *     - `FILE_EXISTS`: the host already has a file of that name in the VM's storage dir
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `FILE_NOT_FOUND`: a drive's path_on_host is not an existing regular file on the host, or its image_id lies on another host
                 *     - `NO_HOST_AVAILABLE`: no healthy host holds both images with room for the vCPUs and memory (details.reasons)
                 *     - `HOST_PRECONDITION_FAILED`: an image's file is missing on the chosen host
                 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: no host can provision the drives within capacity × HEARTH_STORAGE_OVERCOMMIT (details.reasons), or the host's disk is full for the rootfs copy */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
        /**
         * A VM with its host, drives and NICs (attachment compared with the live VMM)
         * @description While the VM runs, each drive's and NIC's `attachment` compares its row with the running VMM's configuration (asked of the host agent; null when the agent cannot say).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /**
                             * @description the kernel command line
                             * @example console=ttyS0 reboot=k panic=1 pci=off
                             */
                            boot_args: string;
                            /**
                             * Format: date-time
                             * @description when the VM was created
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it
                             * @example running
                             * @enum {string}
                             */
                            desired_state: "running" | "stopped";
                            /** @description its drives, root first, with pending_detach entries while it runs */
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                                 * @example Unsafe
                                 * @enum {string}
                                 */
                                cache_type: "Unsafe" | "Writeback";
                                /**
                                 * Format: date-time
                                 * @description when the drive was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the drive's name within its VM (Firecracker's drive_id)
                                 * @example data
                                 */
                                drive_id: string;
                                /**
                                 * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                                 * @example /dev/vdb
                                 */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description the drive row id; null only for a pending_detach entry (its row is gone)
                                 * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                                 */
                                id: string | null;
                                /**
                                 * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                                 * @example Sync
                                 * @enum {string}
                                 */
                                io_engine: "Sync" | "Async";
                                /** @description the guest sees the drive read-only */
                                is_read_only: boolean;
                                /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                /**
                                 * @description the file on the VM host that backs the drive
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                                rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                                 * @example 10737418240
                                 */
                                size_bytes: number | null;
                                /**
                                 * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                                 * @enum {string|null}
                                 */
                                source: "provisioned" | "host_path" | "image" | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the drive belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description the host the VM is placed on */
                            host: {
                                /**
                                 * @description agent address: http://host:port or unix:/path/agent.sock
                                 * @example http://10.0.0.11:7070
                                 */
                                addr: string;
                                /**
                                 * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                                 * @example {
                                 *       "cpus": 8,
                                 *       "memory_bytes": 34359738368,
                                 *       "labels": {
                                 *         "rack": "r1"
                                 *       }
                                 *     }
                                 */
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the host first registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                                healthy: boolean;
                                /**
                                 * Format: uuid
                                 * @description the host id
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description the last registration or heartbeat; null if none yet
                                 */
                                last_seen_at: string | null;
                                /**
                                 * @description unique host name
                                 * @example node1
                                 */
                                name: string;
                                /** @description the host's disk space for VM storage */
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                    limit_bytes: number | null;
                                    /**
                                     * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                     * @example 4
                                     */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /**
                                 * @description VMs placed on this host, in any state
                                 * @example 3
                                 */
                                vm_count: number;
                            };
                            /**
                             * Format: uuid
                             * @description the host the VM was placed on (it stays there)
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the VM id
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description the kernel image it boots
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            kernel_image_id: string;
                            /** @description the last failure of a start or stop; null after a success */
                            last_error: {
                                /**
                                 * Format: date-time
                                 * @description when it failed
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /**
                                 * @description the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)
                                 * @example LAUNCH_FAILED
                                 */
                                code: string;
                                /** @description the drive the failure is about */
                                drive_id?: string;
                                /** @description Firecracker's own fault message, when it refused */
                                firecracker_fault?: string;
                                /** @description what failed, in a sentence */
                                message: string;
                                /**
                                 * @description the launch step that failed
                                 * @example launch.boot-source
                                 */
                                step?: string;
                            } | null;
                            /**
                             * @description guest memory in MiB
                             * @example 512
                             */
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            /**
                             * @description unique VM name
                             * @example web1
                             */
                            name: string;
                            /** @description its network interfaces */
                            nics: {
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * Format: date-time
                                 * @description when the interface was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the MAC address the guest sees (lower case, unique across Hearth)
                                 * @example 06:00:ac:10:00:02
                                 */
                                guest_mac: string | null;
                                /**
                                 * @description the TAP device on the host, chosen once and kept for every start
                                 * @example fc-3f1c9a52-0
                                 */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description the interface row id; null only for a pending_detach entry (its row is gone)
                                 * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                                 */
                                id: string | null;
                                /**
                                 * @description the interface's name within its VM (Firecracker's iface_id)
                                 * @example eth0
                                 */
                                iface_id: string;
                                /** @description limits on what the guest receives; null or omitted: unlimited */
                                rx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /** @description limits on what the guest sends; null or omitted: unlimited */
                                tx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the interface belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            /** @description what the reconciler does when the VMM exits on its own */
                            restart_policy: {
                                /** @description restarts in a row before the VM stays in `error` */
                                max_retries: number;
                                /**
                                 * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                                 * @enum {string}
                                 */
                                name: "no" | "on-failure";
                            };
                            /**
                             * Format: uuid
                             * @description the rootfs image its root drive was copied from
                             * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                             */
                            rootfs_image_id: string;
                            /**
                             * Format: date-time
                             * @description when the running VMM started; null when not running
                             */
                            started_at: string | null;
                            /**
                             * @description what the VM is, as the manager last saw it: `created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), `error` (a start, stop or the VMM failed: see last_error), `deleting`
                             * @example running
                             * @enum {string}
                             */
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            /** @description the disk space of its drives */
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives (host_path drives not counted) */
                                provisioned_bytes: number;
                            };
                            /**
                             * Format: date-time
                             * @description when the VM row last changed
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description virtual CPUs
                             * @example 2
                             */
                            vcpu: number;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a VM: stop it, remove its directory on the host, delete its rows
         * @description Stops the VMM (best effort), removes `<storage root>/<vm id>/` on the host with every provisioned drive and the rootfs copy (host_path files outside it stay), then deletes the VM row with its drive and NIC rows. A failure on the host leaves the VM in `error`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_BUSY`: a start, stop, restart or delete of the VM is in progress (details.state); retry when it is done
                 *     - `VM_INVALID_STATE`: its host still runs a VMM for the VM after the stop
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a VM's restart policy or MMDS
         * @description A new restart policy takes effect at once and resets restart_count; `mmds` applies from the next start and needs a NIC. Works in every state.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "restart_policy": {
                     *         "name": "on-failure",
                     *         "max_retries": 3
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description serve the drive manifest through MMDS; applies at the next start; needs a NIC */
                        mmds?: boolean;
                        /**
                         * @description what the reconciler does when the VMM exits on its own
                         * @example {
                         *       "name": "on-failure",
                         *       "max_retries": 3
                         *     }
                         */
                        restart_policy?: {
                            /**
                             * @description restarts in a row before the VM stays in `error`; default 3
                             * @default 3
                             */
                            max_retries?: number;
                            /**
                             * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                             * @example on-failure
                             * @enum {string}
                             */
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
                            /**
                             * @description the kernel command line
                             * @example console=ttyS0 reboot=k panic=1 pci=off
                             */
                            boot_args: string;
                            /**
                             * Format: date-time
                             * @description when the VM was created
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it
                             * @example running
                             * @enum {string}
                             */
                            desired_state: "running" | "stopped";
                            /** @description its drives, root first, with pending_detach entries while it runs */
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                                 * @example Unsafe
                                 * @enum {string}
                                 */
                                cache_type: "Unsafe" | "Writeback";
                                /**
                                 * Format: date-time
                                 * @description when the drive was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the drive's name within its VM (Firecracker's drive_id)
                                 * @example data
                                 */
                                drive_id: string;
                                /**
                                 * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                                 * @example /dev/vdb
                                 */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description the drive row id; null only for a pending_detach entry (its row is gone)
                                 * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                                 */
                                id: string | null;
                                /**
                                 * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                                 * @example Sync
                                 * @enum {string}
                                 */
                                io_engine: "Sync" | "Async";
                                /** @description the guest sees the drive read-only */
                                is_read_only: boolean;
                                /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                /**
                                 * @description the file on the VM host that backs the drive
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                                rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                                 * @example 10737418240
                                 */
                                size_bytes: number | null;
                                /**
                                 * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                                 * @enum {string|null}
                                 */
                                source: "provisioned" | "host_path" | "image" | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the drive belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description the host the VM is placed on */
                            host: {
                                /**
                                 * @description agent address: http://host:port or unix:/path/agent.sock
                                 * @example http://10.0.0.11:7070
                                 */
                                addr: string;
                                /**
                                 * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                                 * @example {
                                 *       "cpus": 8,
                                 *       "memory_bytes": 34359738368,
                                 *       "labels": {
                                 *         "rack": "r1"
                                 *       }
                                 *     }
                                 */
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the host first registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                                healthy: boolean;
                                /**
                                 * Format: uuid
                                 * @description the host id
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description the last registration or heartbeat; null if none yet
                                 */
                                last_seen_at: string | null;
                                /**
                                 * @description unique host name
                                 * @example node1
                                 */
                                name: string;
                                /** @description the host's disk space for VM storage */
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                    limit_bytes: number | null;
                                    /**
                                     * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                     * @example 4
                                     */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /**
                                 * @description VMs placed on this host, in any state
                                 * @example 3
                                 */
                                vm_count: number;
                            };
                            /**
                             * Format: uuid
                             * @description the host the VM was placed on (it stays there)
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the VM id
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description the kernel image it boots
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            kernel_image_id: string;
                            /** @description the last failure of a start or stop; null after a success */
                            last_error: {
                                /**
                                 * Format: date-time
                                 * @description when it failed
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /**
                                 * @description the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)
                                 * @example LAUNCH_FAILED
                                 */
                                code: string;
                                /** @description the drive the failure is about */
                                drive_id?: string;
                                /** @description Firecracker's own fault message, when it refused */
                                firecracker_fault?: string;
                                /** @description what failed, in a sentence */
                                message: string;
                                /**
                                 * @description the launch step that failed
                                 * @example launch.boot-source
                                 */
                                step?: string;
                            } | null;
                            /**
                             * @description guest memory in MiB
                             * @example 512
                             */
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            /**
                             * @description unique VM name
                             * @example web1
                             */
                            name: string;
                            /** @description its network interfaces */
                            nics: {
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * Format: date-time
                                 * @description when the interface was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the MAC address the guest sees (lower case, unique across Hearth)
                                 * @example 06:00:ac:10:00:02
                                 */
                                guest_mac: string | null;
                                /**
                                 * @description the TAP device on the host, chosen once and kept for every start
                                 * @example fc-3f1c9a52-0
                                 */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description the interface row id; null only for a pending_detach entry (its row is gone)
                                 * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                                 */
                                id: string | null;
                                /**
                                 * @description the interface's name within its VM (Firecracker's iface_id)
                                 * @example eth0
                                 */
                                iface_id: string;
                                /** @description limits on what the guest receives; null or omitted: unlimited */
                                rx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /** @description limits on what the guest sends; null or omitted: unlimited */
                                tx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the interface belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            /** @description what the reconciler does when the VMM exits on its own */
                            restart_policy: {
                                /** @description restarts in a row before the VM stays in `error` */
                                max_retries: number;
                                /**
                                 * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                                 * @enum {string}
                                 */
                                name: "no" | "on-failure";
                            };
                            /**
                             * Format: uuid
                             * @description the rootfs image its root drive was copied from
                             * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                             */
                            rootfs_image_id: string;
                            /**
                             * Format: date-time
                             * @description when the running VMM started; null when not running
                             */
                            started_at: string | null;
                            /**
                             * @description what the VM is, as the manager last saw it: `created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), `error` (a start, stop or the VMM failed: see last_error), `deleting`
                             * @example running
                             * @enum {string}
                             */
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            /** @description the disk space of its drives */
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives (host_path drives not counted) */
                                provisioned_bytes: number;
                            };
                            /**
                             * Format: date-time
                             * @description when the VM row last changed
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description virtual CPUs
                             * @example 2
                             */
                            vcpu: number;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `MMDS_NEEDS_NIC`: mmds is true and the VM has no NIC */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
        /**
         * The end of a VM's serial console output (all boots, newest last)
         * @description The last `bytes` of the console log, which keeps the output of every boot of the VM until it is deleted; `start` and `end` are byte offsets in it (pass `end` as `from` to …/console/stream to follow on). A VM that never started has an empty console.
         */
        get: {
            parameters: {
                query?: {
                    /** @description how many bytes of the end of the log to return (default 64 KiB, at most 1 MiB) */
                    bytes?: number;
                };
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /**
                             * @description byte offset just after text: pass as from to continue
                             * @example 66560
                             */
                            end: number;
                            /**
                             * @description byte offset in the console log of the first byte of text
                             * @example 1024
                             */
                            start: number;
                            /**
                             * @description the serial console output, UTF-8 (never a split character)
                             * @example [    0.000000] Linux version 6.1.102 ...
                             *     web1 login:
                             */
                            text: string;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /** @description new console output, UTF-8 */
                            text: string;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /** @description root first, then by drive_id; pending_detach entries last */
                            items: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                                 * @example Unsafe
                                 * @enum {string}
                                 */
                                cache_type: "Unsafe" | "Writeback";
                                /**
                                 * Format: date-time
                                 * @description when the drive was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the drive's name within its VM (Firecracker's drive_id)
                                 * @example data
                                 */
                                drive_id: string;
                                /**
                                 * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                                 * @example /dev/vdb
                                 */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description the drive row id; null only for a pending_detach entry (its row is gone)
                                 * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                                 */
                                id: string | null;
                                /**
                                 * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                                 * @example Sync
                                 * @enum {string}
                                 */
                                io_engine: "Sync" | "Async";
                                /** @description the guest sees the drive read-only */
                                is_read_only: boolean;
                                /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                /**
                                 * @description the file on the VM host that backs the drive
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                                rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                                 * @example 10737418240
                                 */
                                size_bytes: number | null;
                                /**
                                 * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                                 * @enum {string|null}
                                 */
                                source: "provisioned" | "host_path" | "image" | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the drive belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "drive_id": "data",
                     *       "size_bytes": 10737418240,
                     *       "is_read_only": false,
                     *       "cache_type": "Unsafe",
                     *       "io_engine": "Sync"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                         * @example Unsafe
                         * @enum {string}
                         */
                        cache_type?: "Unsafe" | "Writeback";
                        /**
                         * @description the drive's name within its VM, as Firecracker gets it: 1 to 64 letters, digits or _; `rootfs` is the root drive
                         * @example data
                         */
                        drive_id: string;
                        /**
                         * Format: uuid
                         * @description a data drive copied from this registered image of the VM's host (reflink where the file system allows, else a sparse copy); source becomes `image`
                         * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                         */
                        image_id?: string;
                        /**
                         * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                         * @example Sync
                         * @enum {string}
                         */
                        io_engine?: "Sync" | "Async";
                        /**
                         * @description the guest sees the drive read-only
                         * @default false
                         */
                        is_read_only?: boolean;
                        /**
                         * @description boot from this drive; a VM has exactly one root device (its rootfs), so this is only for a VM without one
                         * @default false
                         */
                        is_root_device?: boolean;
                        /**
                         * @description an existing regular file on the VM's host, inside an allowed root (HEARTH_ALLOWED_PATHS) or the VM's own storage dir; source becomes `host_path`. Omit it to provision a sparse file (or give image_id)
                         * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                         */
                        path_on_host?: string;
                        /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                        rate_limiter?: {
                            /** @description limits bytes per refill_time; null or omitted: unlimited */
                            bandwidth?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                            /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                            ops?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                        } | null;
                        /**
                         * @description size of the disk in bytes, for a provisioned drive; default 10 GiB (10737418240), at most HEARTH_MAX_DRIVE_BYTES. With image_id: grow the copy to this size (at least the image size). Not with path_on_host
                         * @example 10737418240
                         */
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
                            /**
                             * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                             * @enum {string|null}
                             */
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                            /**
                             * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                             * @example Unsafe
                             * @enum {string}
                             */
                            cache_type: "Unsafe" | "Writeback";
                            /**
                             * Format: date-time
                             * @description when the drive was added; null for a pending_detach entry
                             */
                            created_at: string | null;
                            /**
                             * @description the drive's name within its VM (Firecracker's drive_id)
                             * @example data
                             */
                            drive_id: string;
                            /**
                             * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                             * @example /dev/vdb
                             */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description the drive row id; null only for a pending_detach entry (its row is gone)
                             * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                             */
                            id: string | null;
                            /**
                             * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                             * @example Sync
                             * @enum {string}
                             */
                            io_engine: "Sync" | "Async";
                            /** @description the guest sees the drive read-only */
                            is_read_only: boolean;
                            /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            /**
                             * @description the file on the VM host that backs the drive
                             * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                             */
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                            rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                             * @example 10737418240
                             */
                            size_bytes: number | null;
                            /**
                             * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                             * @enum {string|null}
                             */
                            source: "provisioned" | "host_path" | "image" | null;
                            /**
                             * Format: date-time
                             * @description when the row last changed; null for a pending_detach entry
                             */
                            updated_at: string | null;
                            /**
                             * Format: uuid
                             * @description the VM the drive belongs to
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: a field is invalid, size_bytes is out of range or given with path_on_host, path_on_host and image_id are both given, or image_id is not a rootfs image or is larger than size_bytes
                 *     - `PATH_NOT_ALLOWED`: path_on_host is outside the host's allowed roots, or in another VM's storage dir
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `IMAGE_NOT_FOUND`: image_id names no image
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `DRIVE_ID_TAKEN`: the VM has a drive with this drive_id
                 *     - `ROOT_DEVICE_EXISTS`: is_root_device is true and the VM has its root device
                 *     - `VM_BUSY`: the VM is starting or stopping; change its drives when it is done
                 *     - `VM_INVALID_STATE`: the VM is being deleted
                 *     - `FILE_EXISTS`: the host already has a file of that name in the VM's storage dir
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `FILE_NOT_FOUND`: path_on_host is not an existing regular file on the host, or image_id lies on another host than the VM
                 *     - `HOST_PRECONDITION_FAILED`: the image's file is missing on the host
                 */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the drive would take the host's provisioned bytes past capacity × HEARTH_STORAGE_OVERCOMMIT (details.limit_bytes, provisioned_bytes, requested_bytes), or the host's disk is full for an image copy */
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
                    /**
                     * @description the drive's name within the VM
                     * @example data
                     */
                    drive_id: string;
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /**
                             * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                             * @enum {string|null}
                             */
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                            /**
                             * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                             * @example Unsafe
                             * @enum {string}
                             */
                            cache_type: "Unsafe" | "Writeback";
                            /**
                             * Format: date-time
                             * @description when the drive was added; null for a pending_detach entry
                             */
                            created_at: string | null;
                            /**
                             * @description the drive's name within its VM (Firecracker's drive_id)
                             * @example data
                             */
                            drive_id: string;
                            /**
                             * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                             * @example /dev/vdb
                             */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description the drive row id; null only for a pending_detach entry (its row is gone)
                             * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                             */
                            id: string | null;
                            /**
                             * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                             * @example Sync
                             * @enum {string}
                             */
                            io_engine: "Sync" | "Async";
                            /** @description the guest sees the drive read-only */
                            is_read_only: boolean;
                            /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            /**
                             * @description the file on the VM host that backs the drive
                             * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                             */
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                            rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                             * @example 10737418240
                             */
                            size_bytes: number | null;
                            /**
                             * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                             * @enum {string|null}
                             */
                            source: "provisioned" | "host_path" | "image" | null;
                            /**
                             * Format: date-time
                             * @description when the row last changed; null for a pending_detach entry
                             */
                            updated_at: string | null;
                            /**
                             * Format: uuid
                             * @description the VM the drive belongs to
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `DRIVE_NOT_FOUND`: the VM has no drive with this drive_id (nor has its running VMM)
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /** @description also delete the drive's file, if it lies in the VM's own storage dir and no other drive uses it (never a host_path file) */
                    delete_file?: boolean;
                };
                header?: never;
                path: {
                    /**
                     * @description the drive's name within the VM
                     * @example data
                     */
                    drive_id: string;
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                /**
                 * @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues), or delete_file=true for a host_path drive
                 *     - `PATH_NOT_ALLOWED`: the host agent refuses to delete a file outside the VM's storage dir
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `DRIVE_NOT_FOUND`: the VM has no drive with this drive_id
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_BUSY`: the VM is starting or stopping; change its drives when it is done
                 *     - `VM_INVALID_STATE`: the VM is being deleted
                 *     - `ROOT_DEVICE_REQUIRED`: the drive is the root device: a VM cannot run without one
                 *     - `FILE_IN_USE`: with delete_file: another drive row (of any VM on the host) names the file (details.other_vm_id, other_drive_id); nothing was deleted
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
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
                    /**
                     * @description the drive's name within the VM
                     * @example data
                     */
                    drive_id: string;
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "size_bytes": 21474836480
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                         * @example Unsafe
                         * @enum {string}
                         */
                        cache_type?: "Unsafe" | "Writeback";
                        /**
                         * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                         * @example Sync
                         * @enum {string}
                         */
                        io_engine?: "Sync" | "Async";
                        /** @description the guest sees the drive read-only */
                        is_read_only?: boolean;
                        /** @description bandwidth and I/O operation limits of the drive (null removes them); null or omitted: unlimited */
                        rate_limiter?: {
                            /** @description limits bytes per refill_time; null or omitted: unlimited */
                            bandwidth?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                            /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                            ops?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                        } | null;
                        /**
                         * @description the new size in bytes; provisioned drives only, larger only: the file is grown sparse at once; a running guest sees the new size after POST …/apply or the next start
                         * @example 21474836480
                         */
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
                            /**
                             * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                             * @enum {string|null}
                             */
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                            /**
                             * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                             * @example Unsafe
                             * @enum {string}
                             */
                            cache_type: "Unsafe" | "Writeback";
                            /**
                             * Format: date-time
                             * @description when the drive was added; null for a pending_detach entry
                             */
                            created_at: string | null;
                            /**
                             * @description the drive's name within its VM (Firecracker's drive_id)
                             * @example data
                             */
                            drive_id: string;
                            /**
                             * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                             * @example /dev/vdb
                             */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description the drive row id; null only for a pending_detach entry (its row is gone)
                             * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                             */
                            id: string | null;
                            /**
                             * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                             * @example Sync
                             * @enum {string}
                             */
                            io_engine: "Sync" | "Async";
                            /** @description the guest sees the drive read-only */
                            is_read_only: boolean;
                            /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            /**
                             * @description the file on the VM host that backs the drive
                             * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                             */
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                            rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                             * @example 10737418240
                             */
                            size_bytes: number | null;
                            /**
                             * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                             * @enum {string|null}
                             */
                            source: "provisioned" | "host_path" | "image" | null;
                            /**
                             * Format: date-time
                             * @description when the row last changed; null for a pending_detach entry
                             */
                            updated_at: string | null;
                            /**
                             * Format: uuid
                             * @description the VM the drive belongs to
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: a field is invalid, no field is given, or size_bytes is out of range (HEARTH_MAX_DRIVE_BYTES)
                 *     - `PATH_NOT_ALLOWED`: the host agent refuses the drive's file (outside its storage root)
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `DRIVE_NOT_FOUND`: the VM has no drive with this drive_id
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_BUSY`: the VM is starting or stopping; change its drives when it is done
                 *     - `VM_INVALID_STATE`: the VM is being deleted
                 *     - `SHRINK_NOT_SUPPORTED`: size_bytes is smaller than the drive (details.size_bytes, current_size_bytes)
                 *     - `RESIZE_NOT_SUPPORTED`: size_bytes is given for a host_path or image drive (details.source)
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_PRECONDITION_FAILED`: the drive's file is missing on the host */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: growing would take the host's provisioned bytes past capacity × HEARTH_STORAGE_OVERCOMMIT (details.limit_bytes, provisioned_bytes, requested_bytes) */
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
                    /**
                     * @description the drive's name within the VM
                     * @example data
                     */
                    drive_id: string;
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /**
                             * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                             * @enum {string|null}
                             */
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                            /**
                             * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                             * @example Unsafe
                             * @enum {string}
                             */
                            cache_type: "Unsafe" | "Writeback";
                            /**
                             * Format: date-time
                             * @description when the drive was added; null for a pending_detach entry
                             */
                            created_at: string | null;
                            /**
                             * @description the drive's name within its VM (Firecracker's drive_id)
                             * @example data
                             */
                            drive_id: string;
                            /**
                             * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                             * @example /dev/vdb
                             */
                            guest_device: string | null;
                            /**
                             * Format: uuid
                             * @description the drive row id; null only for a pending_detach entry (its row is gone)
                             * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                             */
                            id: string | null;
                            /**
                             * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                             * @example Sync
                             * @enum {string}
                             */
                            io_engine: "Sync" | "Async";
                            /** @description the guest sees the drive read-only */
                            is_read_only: boolean;
                            /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                            is_root_device: boolean;
                            /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                            live_apply: boolean;
                            /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                            live_guest_device: string | null;
                            /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                            live_size_bytes: number | null;
                            /**
                             * @description the file on the VM host that backs the drive
                             * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                             */
                            path_on_host: string;
                            /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                            pending_fields: string[];
                            /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                            rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                             * @example 10737418240
                             */
                            size_bytes: number | null;
                            /**
                             * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                             * @enum {string|null}
                             */
                            source: "provisioned" | "host_path" | "image" | null;
                            /**
                             * Format: date-time
                             * @description when the row last changed; null for a pending_detach entry
                             */
                            updated_at: string | null;
                            /**
                             * Format: uuid
                             * @description the VM the drive belongs to
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues)
                 *     - `PATH_NOT_ALLOWED`: the host agent refuses the drive's file
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `DRIVE_NOT_FOUND`: the VM has no drive with this drive_id (nor has its running VMM)
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_BUSY`: the VM is starting or stopping
                 *     - `VM_INVALID_STATE`: the VM is not running (details.state), or it stopped meanwhile
                 *     - `RESTART_REQUIRED`: the difference is one Firecracker cannot change on a running VM (details.fields); nothing was changed
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_PRECONDITION_FAILED`: the drive's file is missing on the host */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
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
                    /**
                     * @description the drive's name within the VM
                     * @example data
                     */
                    drive_id: string;
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "web1-golden"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description the new image name (unique per host): letters, digits, ., _, -
                         * @example web1-golden
                         */
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
                            /**
                             * Format: date-time
                             * @description when it was registered
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * Format: uuid
                             * @description the host whose file this is
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the image id
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            id: string;
                            /**
                             * @description `kernel`: an uncompressed Linux kernel (vmlinux) to boot; `rootfs`: a file system image, copied into each VM as its root drive
                             * @example kernel
                             * @enum {string}
                             */
                            kind: "kernel" | "rootfs";
                            /**
                             * @description unique per host and kind; images of the same kind and name on several hosts are copies of one image
                             * @example vmlinux
                             */
                            name: string;
                            /**
                             * @description the file on that host
                             * @example /var/lib/hearth/images/vmlinux
                             */
                            path: string;
                            /**
                             * @description size of the file in bytes, at registration
                             * @example 44040192
                             */
                            size_bytes: number;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: the name is invalid, or the drive is a host_path drive (register its file with POST /v1/images)
                 *     - `PATH_NOT_ALLOWED`: the host agent refuses the drive's file
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `DRIVE_NOT_FOUND`: the VM has no drive with this drive_id
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `NAME_TAKEN`: the VM host has an image with this name
                 *     - `VM_INVALID_STATE`: the VM is running, starting, stopping or being deleted, or its host still runs its VMM (details.state)
                 *     - `FILE_EXISTS`: the host already has an image file of that name
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `HOST_PRECONDITION_FAILED`: the drive's file is missing on the host */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's disk is full for the copy (details.bytes_needed, bytes_free) */
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
        /**
         * A VM's events, newest first
         * @description What was asked of the VM and what happened: creation, device changes, starts with their launch steps and durations, stops, failures with their step and Firecracker fault.
         */
        get: {
            parameters: {
                query?: {
                    /** @description how many events to return, newest first */
                    limit?: number;
                };
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /** @description at most `limit` events, newest first */
                            items: {
                                /**
                                 * Format: date-time
                                 * @description when it happened
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /** @description facts for programs: e.g. the launch steps and their durations, a failed step and its Firecracker fault */
                                data: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description the event id, increasing
                                 * @example 42
                                 */
                                id: number;
                                /**
                                 * @description `info`: what was asked and done; `warn`: done with a caveat; `error`: a failure
                                 * @example info
                                 * @enum {string}
                                 */
                                level: "info" | "warn" | "error";
                                /**
                                 * @description what happened, in a sentence
                                 * @example VM started
                                 */
                                message: string;
                                /**
                                 * Format: uuid
                                 * @description the VM it happened to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `VM_NOT_FOUND`: no VM has this id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /** @description by iface_id; pending_detach entries last */
                            items: {
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * Format: date-time
                                 * @description when the interface was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the MAC address the guest sees (lower case, unique across Hearth)
                                 * @example 06:00:ac:10:00:02
                                 */
                                guest_mac: string | null;
                                /**
                                 * @description the TAP device on the host, chosen once and kept for every start
                                 * @example fc-3f1c9a52-0
                                 */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description the interface row id; null only for a pending_detach entry (its row is gone)
                                 * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                                 */
                                id: string | null;
                                /**
                                 * @description the interface's name within its VM (Firecracker's iface_id)
                                 * @example eth0
                                 */
                                iface_id: string;
                                /** @description limits on what the guest receives; null or omitted: unlimited */
                                rx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /** @description limits on what the guest sends; null or omitted: unlimited */
                                tx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the interface belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "iface_id": "eth0"
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description a unicast MAC address unique across Hearth; default: a generated locally administered one (06:xx:xx:xx:xx:xx)
                         * @example 06:00:ac:10:00:02
                         */
                        guest_mac?: string;
                        /**
                         * @description the interface's name within its VM, as Firecracker gets it: 1 to 64 letters, digits or _
                         * @example eth0
                         */
                        iface_id: string;
                        /** @description limits on what the guest receives; null or omitted: unlimited */
                        rx_rate_limiter?: {
                            /** @description limits bytes per refill_time; null or omitted: unlimited */
                            bandwidth?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                            /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                            ops?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                        } | null;
                        /** @description limits on what the guest sends; null or omitted: unlimited */
                        tx_rate_limiter?: {
                            /** @description limits bytes per refill_time; null or omitted: unlimited */
                            bandwidth?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                            /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                            ops?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
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
                            /**
                             * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                             * @enum {string|null}
                             */
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                            /**
                             * Format: date-time
                             * @description when the interface was added; null for a pending_detach entry
                             */
                            created_at: string | null;
                            /**
                             * @description the MAC address the guest sees (lower case, unique across Hearth)
                             * @example 06:00:ac:10:00:02
                             */
                            guest_mac: string | null;
                            /**
                             * @description the TAP device on the host, chosen once and kept for every start
                             * @example fc-3f1c9a52-0
                             */
                            host_dev_name: string;
                            /**
                             * Format: uuid
                             * @description the interface row id; null only for a pending_detach entry (its row is gone)
                             * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                             */
                            id: string | null;
                            /**
                             * @description the interface's name within its VM (Firecracker's iface_id)
                             * @example eth0
                             */
                            iface_id: string;
                            /** @description limits on what the guest receives; null or omitted: unlimited */
                            rx_rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /** @description limits on what the guest sends; null or omitted: unlimited */
                            tx_rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * Format: date-time
                             * @description when the row last changed; null for a pending_detach entry
                             */
                            updated_at: string | null;
                            /**
                             * Format: uuid
                             * @description the VM the interface belongs to
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues), or guest_mac is not a unicast address */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `IFACE_ID_TAKEN`: the VM has a network interface with this iface_id
                 *     - `MAC_TAKEN`: the guest_mac is already used (MACs are unique across Hearth)
                 *     - `VM_BUSY`: the VM is starting or stopping; change its NICs when it is done
                 *     - `VM_INVALID_STATE`: the VM is being deleted
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                    /**
                     * @description the interface's name within the VM
                     * @example eth0
                     */
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
                            /**
                             * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                             * @enum {string|null}
                             */
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                            /**
                             * Format: date-time
                             * @description when the interface was added; null for a pending_detach entry
                             */
                            created_at: string | null;
                            /**
                             * @description the MAC address the guest sees (lower case, unique across Hearth)
                             * @example 06:00:ac:10:00:02
                             */
                            guest_mac: string | null;
                            /**
                             * @description the TAP device on the host, chosen once and kept for every start
                             * @example fc-3f1c9a52-0
                             */
                            host_dev_name: string;
                            /**
                             * Format: uuid
                             * @description the interface row id; null only for a pending_detach entry (its row is gone)
                             * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                             */
                            id: string | null;
                            /**
                             * @description the interface's name within its VM (Firecracker's iface_id)
                             * @example eth0
                             */
                            iface_id: string;
                            /** @description limits on what the guest receives; null or omitted: unlimited */
                            rx_rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /** @description limits on what the guest sends; null or omitted: unlimited */
                            tx_rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * Format: date-time
                             * @description when the row last changed; null for a pending_detach entry
                             */
                            updated_at: string | null;
                            /**
                             * Format: uuid
                             * @description the VM the interface belongs to
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `NIC_NOT_FOUND`: the VM has no network interface with this iface_id (nor has its running VMM)
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                    /**
                     * @description the interface's name within the VM
                     * @example eth0
                     */
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
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `NIC_NOT_FOUND`: the VM has no network interface with this iface_id
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_BUSY`: the VM is starting or stopping; change its NICs when it is done
                 *     - `VM_INVALID_STATE`: the VM is being deleted
                 *     - `MMDS_NEEDS_NIC`: it is the VM's last network interface and MMDS is on
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
                    id: string;
                    /**
                     * @description the interface's name within the VM
                     * @example eth0
                     */
                    iface_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "tx_rate_limiter": {
                     *         "bandwidth": {
                     *           "size": 12500000,
                     *           "refill_time": 1000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /**
                         * @description a new unicast MAC address, unique across Hearth
                         * @example 06:00:ac:10:00:02
                         */
                        guest_mac?: string;
                        /** @description limits on what the guest receives; null or omitted: unlimited */
                        rx_rate_limiter?: {
                            /** @description limits bytes per refill_time; null or omitted: unlimited */
                            bandwidth?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                            /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                            ops?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                        } | null;
                        /** @description limits on what the guest sends; null or omitted: unlimited */
                        tx_rate_limiter?: {
                            /** @description limits bytes per refill_time; null or omitted: unlimited */
                            bandwidth?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
                                size: number;
                            } | null;
                            /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                            ops?: {
                                /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                one_time_burst?: number | null;
                                /**
                                 * @description milliseconds to refill the bucket from empty to size
                                 * @example 1000
                                 */
                                refill_time: number;
                                /**
                                 * @description bucket size: bytes (bandwidth) or operations (ops)
                                 * @example 104857600
                                 */
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
                            /**
                             * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                             * @enum {string|null}
                             */
                            attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                            /**
                             * Format: date-time
                             * @description when the interface was added; null for a pending_detach entry
                             */
                            created_at: string | null;
                            /**
                             * @description the MAC address the guest sees (lower case, unique across Hearth)
                             * @example 06:00:ac:10:00:02
                             */
                            guest_mac: string | null;
                            /**
                             * @description the TAP device on the host, chosen once and kept for every start
                             * @example fc-3f1c9a52-0
                             */
                            host_dev_name: string;
                            /**
                             * Format: uuid
                             * @description the interface row id; null only for a pending_detach entry (its row is gone)
                             * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                             */
                            id: string | null;
                            /**
                             * @description the interface's name within its VM (Firecracker's iface_id)
                             * @example eth0
                             */
                            iface_id: string;
                            /** @description limits on what the guest receives; null or omitted: unlimited */
                            rx_rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /** @description limits on what the guest sends; null or omitted: unlimited */
                            tx_rate_limiter: {
                                /** @description limits bytes per refill_time; null or omitted: unlimited */
                                bandwidth?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                                /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                ops?: {
                                    /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                    one_time_burst?: number | null;
                                    /**
                                     * @description milliseconds to refill the bucket from empty to size
                                     * @example 1000
                                     */
                                    refill_time: number;
                                    /**
                                     * @description bucket size: bytes (bandwidth) or operations (ops)
                                     * @example 104857600
                                     */
                                    size: number;
                                } | null;
                            } | null;
                            /**
                             * Format: date-time
                             * @description when the row last changed; null for a pending_detach entry
                             */
                            updated_at: string | null;
                            /**
                             * Format: uuid
                             * @description the VM the interface belongs to
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            vm_id: string;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues), no field is given, or guest_mac is not a unicast address */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `NIC_NOT_FOUND`: the VM has no network interface with this iface_id
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /**
                 * @description - `MAC_TAKEN`: the guest_mac is already used (MACs are unique across Hearth)
                 *     - `VM_BUSY`: the VM is starting or stopping; change its NICs when it is done
                 *     - `VM_INVALID_STATE`: the VM is being deleted
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
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
        /**
         * Restart a VM (stop, then start with the current drive and NIC rows)
         * @description Stops the VMM if one runs, then starts it as POST …/start does, so every pending device change takes effect. From `running`, `error`, `created` or `stopped`. 409 VM_BUSY while another transition runs.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /**
                             * @description the kernel command line
                             * @example console=ttyS0 reboot=k panic=1 pci=off
                             */
                            boot_args: string;
                            /**
                             * Format: date-time
                             * @description when the VM was created
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it
                             * @example running
                             * @enum {string}
                             */
                            desired_state: "running" | "stopped";
                            /** @description its drives, root first, with pending_detach entries while it runs */
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                                 * @example Unsafe
                                 * @enum {string}
                                 */
                                cache_type: "Unsafe" | "Writeback";
                                /**
                                 * Format: date-time
                                 * @description when the drive was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the drive's name within its VM (Firecracker's drive_id)
                                 * @example data
                                 */
                                drive_id: string;
                                /**
                                 * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                                 * @example /dev/vdb
                                 */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description the drive row id; null only for a pending_detach entry (its row is gone)
                                 * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                                 */
                                id: string | null;
                                /**
                                 * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                                 * @example Sync
                                 * @enum {string}
                                 */
                                io_engine: "Sync" | "Async";
                                /** @description the guest sees the drive read-only */
                                is_read_only: boolean;
                                /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                /**
                                 * @description the file on the VM host that backs the drive
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                                rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                                 * @example 10737418240
                                 */
                                size_bytes: number | null;
                                /**
                                 * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                                 * @enum {string|null}
                                 */
                                source: "provisioned" | "host_path" | "image" | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the drive belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description the host the VM is placed on */
                            host: {
                                /**
                                 * @description agent address: http://host:port or unix:/path/agent.sock
                                 * @example http://10.0.0.11:7070
                                 */
                                addr: string;
                                /**
                                 * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                                 * @example {
                                 *       "cpus": 8,
                                 *       "memory_bytes": 34359738368,
                                 *       "labels": {
                                 *         "rack": "r1"
                                 *       }
                                 *     }
                                 */
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the host first registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                                healthy: boolean;
                                /**
                                 * Format: uuid
                                 * @description the host id
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description the last registration or heartbeat; null if none yet
                                 */
                                last_seen_at: string | null;
                                /**
                                 * @description unique host name
                                 * @example node1
                                 */
                                name: string;
                                /** @description the host's disk space for VM storage */
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                    limit_bytes: number | null;
                                    /**
                                     * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                     * @example 4
                                     */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /**
                                 * @description VMs placed on this host, in any state
                                 * @example 3
                                 */
                                vm_count: number;
                            };
                            /**
                             * Format: uuid
                             * @description the host the VM was placed on (it stays there)
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the VM id
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description the kernel image it boots
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            kernel_image_id: string;
                            /** @description the last failure of a start or stop; null after a success */
                            last_error: {
                                /**
                                 * Format: date-time
                                 * @description when it failed
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /**
                                 * @description the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)
                                 * @example LAUNCH_FAILED
                                 */
                                code: string;
                                /** @description the drive the failure is about */
                                drive_id?: string;
                                /** @description Firecracker's own fault message, when it refused */
                                firecracker_fault?: string;
                                /** @description what failed, in a sentence */
                                message: string;
                                /**
                                 * @description the launch step that failed
                                 * @example launch.boot-source
                                 */
                                step?: string;
                            } | null;
                            /**
                             * @description guest memory in MiB
                             * @example 512
                             */
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            /**
                             * @description unique VM name
                             * @example web1
                             */
                            name: string;
                            /** @description its network interfaces */
                            nics: {
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * Format: date-time
                                 * @description when the interface was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the MAC address the guest sees (lower case, unique across Hearth)
                                 * @example 06:00:ac:10:00:02
                                 */
                                guest_mac: string | null;
                                /**
                                 * @description the TAP device on the host, chosen once and kept for every start
                                 * @example fc-3f1c9a52-0
                                 */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description the interface row id; null only for a pending_detach entry (its row is gone)
                                 * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                                 */
                                id: string | null;
                                /**
                                 * @description the interface's name within its VM (Firecracker's iface_id)
                                 * @example eth0
                                 */
                                iface_id: string;
                                /** @description limits on what the guest receives; null or omitted: unlimited */
                                rx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /** @description limits on what the guest sends; null or omitted: unlimited */
                                tx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the interface belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            /** @description what the reconciler does when the VMM exits on its own */
                            restart_policy: {
                                /** @description restarts in a row before the VM stays in `error` */
                                max_retries: number;
                                /**
                                 * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                                 * @enum {string}
                                 */
                                name: "no" | "on-failure";
                            };
                            /**
                             * Format: uuid
                             * @description the rootfs image its root drive was copied from
                             * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                             */
                            rootfs_image_id: string;
                            /**
                             * Format: date-time
                             * @description when the running VMM started; null when not running
                             */
                            started_at: string | null;
                            /**
                             * @description what the VM is, as the manager last saw it: `created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), `error` (a start, stop or the VMM failed: see last_error), `deleting`
                             * @example running
                             * @enum {string}
                             */
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            /** @description the disk space of its drives */
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives (host_path drives not counted) */
                                provisioned_bytes: number;
                            };
                            /**
                             * Format: date-time
                             * @description when the VM row last changed
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description virtual CPUs
                             * @example 2
                             */
                            vcpu: number;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues)
                 *     - `PATH_NOT_ALLOWED`: the host agent refuses a drive's file at launch (details.drive_id, real_path, reason: other_vm_directory, control_file, image_read_write)
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `IMAGE_NOT_FOUND`: its kernel image is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_BUSY`: a start, stop, restart or delete of the VM is in progress (details.state); retry when it is done
                 *     - `VM_INVALID_STATE`: its host still runs a VMM for the VM
                 *     - `FILE_IN_USE`: a file would be opened read-write twice: by two drives of the VM, or by another running VM on the host (details.drive_id, other_vm_id, other_drive_id)
                 *     - `TAP_IN_USE`: another running VM on the host holds a NIC's TAP
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `HOST_PRECONDITION_FAILED`: the host lacks something the VM needs, e.g. a host_path or image drive's file (details.drive_id, path) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `LAUNCH_FAILED`: a launch step failed (details.step, firecracker_fault); the VM is now in `error` with last_error
                 *     - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
        /**
         * Start a VM
         * @description Sets the desired state to running and launches the VMM on the VM host with every drive and NIC row (missing provisioned files are recreated, sparse, at their size). From `created`, `stopped` or `error`. Idempotent: a VM that is already running answers 200 with the VM as it is. 409 VM_BUSY while another transition runs.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /**
                             * @description the kernel command line
                             * @example console=ttyS0 reboot=k panic=1 pci=off
                             */
                            boot_args: string;
                            /**
                             * Format: date-time
                             * @description when the VM was created
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it
                             * @example running
                             * @enum {string}
                             */
                            desired_state: "running" | "stopped";
                            /** @description its drives, root first, with pending_detach entries while it runs */
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                                 * @example Unsafe
                                 * @enum {string}
                                 */
                                cache_type: "Unsafe" | "Writeback";
                                /**
                                 * Format: date-time
                                 * @description when the drive was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the drive's name within its VM (Firecracker's drive_id)
                                 * @example data
                                 */
                                drive_id: string;
                                /**
                                 * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                                 * @example /dev/vdb
                                 */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description the drive row id; null only for a pending_detach entry (its row is gone)
                                 * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                                 */
                                id: string | null;
                                /**
                                 * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                                 * @example Sync
                                 * @enum {string}
                                 */
                                io_engine: "Sync" | "Async";
                                /** @description the guest sees the drive read-only */
                                is_read_only: boolean;
                                /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                /**
                                 * @description the file on the VM host that backs the drive
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                                rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                                 * @example 10737418240
                                 */
                                size_bytes: number | null;
                                /**
                                 * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                                 * @enum {string|null}
                                 */
                                source: "provisioned" | "host_path" | "image" | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the drive belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description the host the VM is placed on */
                            host: {
                                /**
                                 * @description agent address: http://host:port or unix:/path/agent.sock
                                 * @example http://10.0.0.11:7070
                                 */
                                addr: string;
                                /**
                                 * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                                 * @example {
                                 *       "cpus": 8,
                                 *       "memory_bytes": 34359738368,
                                 *       "labels": {
                                 *         "rack": "r1"
                                 *       }
                                 *     }
                                 */
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the host first registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                                healthy: boolean;
                                /**
                                 * Format: uuid
                                 * @description the host id
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description the last registration or heartbeat; null if none yet
                                 */
                                last_seen_at: string | null;
                                /**
                                 * @description unique host name
                                 * @example node1
                                 */
                                name: string;
                                /** @description the host's disk space for VM storage */
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                    limit_bytes: number | null;
                                    /**
                                     * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                     * @example 4
                                     */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /**
                                 * @description VMs placed on this host, in any state
                                 * @example 3
                                 */
                                vm_count: number;
                            };
                            /**
                             * Format: uuid
                             * @description the host the VM was placed on (it stays there)
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the VM id
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description the kernel image it boots
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            kernel_image_id: string;
                            /** @description the last failure of a start or stop; null after a success */
                            last_error: {
                                /**
                                 * Format: date-time
                                 * @description when it failed
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /**
                                 * @description the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)
                                 * @example LAUNCH_FAILED
                                 */
                                code: string;
                                /** @description the drive the failure is about */
                                drive_id?: string;
                                /** @description Firecracker's own fault message, when it refused */
                                firecracker_fault?: string;
                                /** @description what failed, in a sentence */
                                message: string;
                                /**
                                 * @description the launch step that failed
                                 * @example launch.boot-source
                                 */
                                step?: string;
                            } | null;
                            /**
                             * @description guest memory in MiB
                             * @example 512
                             */
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            /**
                             * @description unique VM name
                             * @example web1
                             */
                            name: string;
                            /** @description its network interfaces */
                            nics: {
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * Format: date-time
                                 * @description when the interface was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the MAC address the guest sees (lower case, unique across Hearth)
                                 * @example 06:00:ac:10:00:02
                                 */
                                guest_mac: string | null;
                                /**
                                 * @description the TAP device on the host, chosen once and kept for every start
                                 * @example fc-3f1c9a52-0
                                 */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description the interface row id; null only for a pending_detach entry (its row is gone)
                                 * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                                 */
                                id: string | null;
                                /**
                                 * @description the interface's name within its VM (Firecracker's iface_id)
                                 * @example eth0
                                 */
                                iface_id: string;
                                /** @description limits on what the guest receives; null or omitted: unlimited */
                                rx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /** @description limits on what the guest sends; null or omitted: unlimited */
                                tx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the interface belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            /** @description what the reconciler does when the VMM exits on its own */
                            restart_policy: {
                                /** @description restarts in a row before the VM stays in `error` */
                                max_retries: number;
                                /**
                                 * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                                 * @enum {string}
                                 */
                                name: "no" | "on-failure";
                            };
                            /**
                             * Format: uuid
                             * @description the rootfs image its root drive was copied from
                             * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                             */
                            rootfs_image_id: string;
                            /**
                             * Format: date-time
                             * @description when the running VMM started; null when not running
                             */
                            started_at: string | null;
                            /**
                             * @description what the VM is, as the manager last saw it: `created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), `error` (a start, stop or the VMM failed: see last_error), `deleting`
                             * @example running
                             * @enum {string}
                             */
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            /** @description the disk space of its drives */
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives (host_path drives not counted) */
                                provisioned_bytes: number;
                            };
                            /**
                             * Format: date-time
                             * @description when the VM row last changed
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description virtual CPUs
                             * @example 2
                             */
                            vcpu: number;
                        };
                    };
                };
                /**
                 * @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues)
                 *     - `PATH_NOT_ALLOWED`: the host agent refuses a drive's file at launch (details.drive_id, real_path, reason: other_vm_directory, control_file, image_read_write)
                 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 *     - `IMAGE_NOT_FOUND`: its kernel image is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_BUSY`: a start, stop, restart or delete of the VM is in progress (details.state); retry when it is done
                 *     - `VM_INVALID_STATE`: its host still runs a VMM for the VM
                 *     - `FILE_IN_USE`: a file would be opened read-write twice: by two drives of the VM, or by another running VM on the host (details.drive_id, other_vm_id, other_drive_id)
                 *     - `TAP_IN_USE`: another running VM on the host holds a NIC's TAP
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `HOST_PRECONDITION_FAILED`: the host lacks something the VM needs, e.g. a host_path or image drive's file (details.drive_id, path) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `LAUNCH_FAILED`: a launch step failed (details.step, firecracker_fault); the VM is now in `error` with last_error
                 *     - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
        /**
         * Stop a VM (its storage is kept)
         * @description Sets the desired state to stopped and stops the VMM; its TAPs and socket go, its files stay. Idempotent: a VM that is `created` or `stopped` answers 200 with the VM as it is (the wish is recorded, so the reconciler will not start it). 409 VM_BUSY while another transition runs.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description the VM id
                     * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                     */
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
                            /**
                             * @description the kernel command line
                             * @example console=ttyS0 reboot=k panic=1 pci=off
                             */
                            boot_args: string;
                            /**
                             * Format: date-time
                             * @description when the VM was created
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            created_at: string;
                            /**
                             * @description what the user last asked for (start/restart: running; stop: stopped); the reconciler converges `state` towards it
                             * @example running
                             * @enum {string}
                             */
                            desired_state: "running" | "stopped";
                            /** @description its drives, root first, with pending_detach entries while it runs */
                            drives: {
                                /** @description bytes the file occupies on the host disk (sparse files use less than size_bytes), as last measured; null when not measured yet */
                                allocated_bytes: number | null;
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * @description Firecracker's block cache: `Unsafe` (default) ignores the guest's flushes; `Writeback` honours them (slower, survives a host crash)
                                 * @example Unsafe
                                 * @enum {string}
                                 */
                                cache_type: "Unsafe" | "Writeback";
                                /**
                                 * Format: date-time
                                 * @description when the drive was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the drive's name within its VM (Firecracker's drive_id)
                                 * @example data
                                 */
                                drive_id: string;
                                /**
                                 * @description the block device the guest will see at the next start (/dev/vda for the root drive, then in drive_id order); null for a pending_detach entry
                                 * @example /dev/vdb
                                 */
                                guest_device: string | null;
                                /**
                                 * Format: uuid
                                 * @description the drive row id; null only for a pending_detach entry (its row is gone)
                                 * @example 5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
                                 */
                                id: string | null;
                                /**
                                 * @description Firecracker's I/O engine: `Sync` (default) or `Async` (io_uring, host kernel 5.10.51+)
                                 * @example Sync
                                 * @enum {string}
                                 */
                                io_engine: "Sync" | "Async";
                                /** @description the guest sees the drive read-only */
                                is_read_only: boolean;
                                /** @description the drive the guest boots from (exactly one per VM, drive_id `rootfs`) */
                                is_root_device: boolean;
                                /** @description true when POST …/apply can make the running VMM match the row now: pending_change in path_on_host, size_bytes and rate_limiter only */
                                live_apply: boolean;
                                /** @description the block device the guest has now (attach order of the running VMM); null when not running or not attached. Differs from guest_device when drives were added or removed since the start */
                                live_guest_device: string | null;
                                /** @description the size the running VMM has for this drive (recorded when it attached or was applied live); null when the VM is not running or the VMM does not have the drive */
                                live_size_bytes: number | null;
                                /**
                                 * @description the file on the VM host that backs the drive
                                 * @example /srv/fc/vms/3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14/storage/data.ext4
                                 */
                                path_on_host: string;
                                /** @description for pending_change: the fields the running VMM has differently (path_on_host, size_bytes, is_root_device, is_read_only, cache_type, io_engine, rate_limiter); empty otherwise */
                                pending_fields: string[];
                                /** @description bandwidth and I/O operation limits of the drive; null or omitted: unlimited */
                                rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * @description size of the disk in bytes; provisioned drives and image copies only (null for host_path)
                                 * @example 10737418240
                                 */
                                size_bytes: number | null;
                                /**
                                 * @description where the file came from: `provisioned` (a sparse file Hearth made in the VM storage dir), `host_path` (an existing host file named at add time), `image` (a copy of a registered image); null for a pending_detach entry
                                 * @enum {string|null}
                                 */
                                source: "provisioned" | "host_path" | "image" | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the drive belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description the host the VM is placed on */
                            host: {
                                /**
                                 * @description agent address: http://host:port or unix:/path/agent.sock
                                 * @example http://10.0.0.11:7070
                                 */
                                addr: string;
                                /**
                                 * @description what the agent reported (cpus, memory_bytes, storage_root, storage_capacity_bytes, Firecracker version, ...) plus what the registration added
                                 * @example {
                                 *       "cpus": 8,
                                 *       "memory_bytes": 34359738368,
                                 *       "labels": {
                                 *         "rack": "r1"
                                 *       }
                                 *     }
                                 */
                                capabilities: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the host first registered
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                created_at: string;
                                /** @description true while heartbeats are fresh (within HEARTH_HOST_STALE_SECONDS) */
                                healthy: boolean;
                                /**
                                 * Format: uuid
                                 * @description the host id
                                 * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                                 */
                                id: string;
                                /**
                                 * Format: date-time
                                 * @description the last registration or heartbeat; null if none yet
                                 */
                                last_seen_at: string | null;
                                /**
                                 * @description unique host name
                                 * @example node1
                                 */
                                name: string;
                                /** @description the host's disk space for VM storage */
                                storage?: {
                                    /** @description sum of allocated_bytes of those drives, as last measured */
                                    allocated_bytes: number;
                                    /** @description size of the storage root's file system, as the agent last reported; null if unknown */
                                    capacity_bytes: number | null;
                                    /** @description free space there, as the agent last reported */
                                    free_bytes: number | null;
                                    /** @description capacity_bytes × overcommit: drive adds and grows beyond it answer 507; null when the capacity is unknown */
                                    limit_bytes: number | null;
                                    /**
                                     * @description HEARTH_STORAGE_OVERCOMMIT: how many times its capacity the drives of a host may promise
                                     * @example 4
                                     */
                                    overcommit: number;
                                    /** @description sum of size_bytes of the drives Hearth made on this host (provisioned and image copies) */
                                    provisioned_bytes: number;
                                };
                                /**
                                 * @description VMs placed on this host, in any state
                                 * @example 3
                                 */
                                vm_count: number;
                            };
                            /**
                             * Format: uuid
                             * @description the host the VM was placed on (it stays there)
                             * @example 8b2e4f60-1a3c-4d5e-8f7a-9b0c1d2e3f40
                             */
                            host_id: string;
                            /**
                             * Format: uuid
                             * @description the VM id
                             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description the kernel image it boots
                             * @example c4a7e2d1-5b6f-4c8e-9a0d-1f2e3b4c5d6e
                             */
                            kernel_image_id: string;
                            /** @description the last failure of a start or stop; null after a success */
                            last_error: {
                                /**
                                 * Format: date-time
                                 * @description when it failed
                                 * @example 2025-05-12T09:30:00.000Z
                                 */
                                at: string;
                                /**
                                 * @description the error code the failure had (e.g. LAUNCH_FAILED, HOST_PRECONDITION_FAILED)
                                 * @example LAUNCH_FAILED
                                 */
                                code: string;
                                /** @description the drive the failure is about */
                                drive_id?: string;
                                /** @description Firecracker's own fault message, when it refused */
                                firecracker_fault?: string;
                                /** @description what failed, in a sentence */
                                message: string;
                                /**
                                 * @description the launch step that failed
                                 * @example launch.boot-source
                                 */
                                step?: string;
                            } | null;
                            /**
                             * @description guest memory in MiB
                             * @example 512
                             */
                            mem_mib: number;
                            /** @description serve a drive manifest to the guest through Firecracker's MMDS (on the VM's NICs) from the next start */
                            mmds: boolean;
                            /**
                             * @description unique VM name
                             * @example web1
                             */
                            name: string;
                            /** @description its network interfaces */
                            nics: {
                                /**
                                 * @description how this row relates to the running VMM: `attached` (in the VMM as recorded), `pending_attach` (added since the start: attached at the next start), `pending_change` (edited since the start: see pending_fields), `pending_detach` (removed since the start, still in the VMM until it stops); null while the VM is not running
                                 * @enum {string|null}
                                 */
                                attachment: "attached" | "pending_attach" | "pending_change" | "pending_detach" | null;
                                /**
                                 * Format: date-time
                                 * @description when the interface was added; null for a pending_detach entry
                                 */
                                created_at: string | null;
                                /**
                                 * @description the MAC address the guest sees (lower case, unique across Hearth)
                                 * @example 06:00:ac:10:00:02
                                 */
                                guest_mac: string | null;
                                /**
                                 * @description the TAP device on the host, chosen once and kept for every start
                                 * @example fc-3f1c9a52-0
                                 */
                                host_dev_name: string;
                                /**
                                 * Format: uuid
                                 * @description the interface row id; null only for a pending_detach entry (its row is gone)
                                 * @example 7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b
                                 */
                                id: string | null;
                                /**
                                 * @description the interface's name within its VM (Firecracker's iface_id)
                                 * @example eth0
                                 */
                                iface_id: string;
                                /** @description limits on what the guest receives; null or omitted: unlimited */
                                rx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /** @description limits on what the guest sends; null or omitted: unlimited */
                                tx_rate_limiter: {
                                    /** @description limits bytes per refill_time; null or omitted: unlimited */
                                    bandwidth?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                    /** @description limits I/O operations per refill_time; null or omitted: unlimited */
                                    ops?: {
                                        /** @description an initial extra allowance, used once, in the same unit as size; null or omitted: none */
                                        one_time_burst?: number | null;
                                        /**
                                         * @description milliseconds to refill the bucket from empty to size
                                         * @example 1000
                                         */
                                        refill_time: number;
                                        /**
                                         * @description bucket size: bytes (bandwidth) or operations (ops)
                                         * @example 104857600
                                         */
                                        size: number;
                                    } | null;
                                } | null;
                                /**
                                 * Format: date-time
                                 * @description when the row last changed; null for a pending_detach entry
                                 */
                                updated_at: string | null;
                                /**
                                 * Format: uuid
                                 * @description the VM the interface belongs to
                                 * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
                                 */
                                vm_id: string;
                            }[];
                            /** @description automatic restarts since the last start a user asked for */
                            restart_count: number;
                            /** @description what the reconciler does when the VMM exits on its own */
                            restart_policy: {
                                /** @description restarts in a row before the VM stays in `error` */
                                max_retries: number;
                                /**
                                 * @description `no` (default): a VM whose VMM exits stays stopped or in error; `on-failure`: when the VMM exits with an error, the reconciler starts the VM again, with exponential backoff (1 s, 2 s, 4 s ... at most 60 s)
                                 * @enum {string}
                                 */
                                name: "no" | "on-failure";
                            };
                            /**
                             * Format: uuid
                             * @description the rootfs image its root drive was copied from
                             * @example e9d8c7b6-a5f4-4e3d-8c2b-1a0f9e8d7c6b
                             */
                            rootfs_image_id: string;
                            /**
                             * Format: date-time
                             * @description when the running VMM started; null when not running
                             */
                            started_at: string | null;
                            /**
                             * @description what the VM is, as the manager last saw it: `created` (never started), `starting`, `running`, `stopping`, `stopped` (storage kept), `error` (a start, stop or the VMM failed: see last_error), `deleting`
                             * @example running
                             * @enum {string}
                             */
                            state: "created" | "starting" | "running" | "stopping" | "stopped" | "error" | "deleting";
                            /** @description the disk space of its drives */
                            storage: {
                                /** @description sum of allocated_bytes of its drives */
                                allocated_bytes: number;
                                /** @description sum of size_bytes of its drives (host_path drives not counted) */
                                provisioned_bytes: number;
                            };
                            /**
                             * Format: date-time
                             * @description when the VM row last changed
                             * @example 2025-05-12T09:30:00.000Z
                             */
                            updated_at: string;
                            /**
                             * @description virtual CPUs
                             * @example 2
                             */
                            vcpu: number;
                        };
                    };
                };
                /** @description - `VALIDATION_FAILED`: a path parameter, query parameter or body field is invalid (details.issues) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `UNAUTHORIZED`: the API token is missing or wrong (one `Authorization: Bearer …` header) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `VM_NOT_FOUND`: no VM has this id
                 *     - `HOST_NOT_FOUND`: the VM's host is no longer registered
                 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `VM_BUSY`: a start, stop, restart or delete of the VM is in progress (details.state); retry when it is done */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INTERNAL`: a bug in the manager; it logs the error, the answer holds no details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /**
                 * @description - `AGENT_UNREACHABLE`: the VM's host agent cannot be reached (details.addr)
                 *     - `AGENT_ERROR`: the host agent or Firecracker failed (details.agent_code, agent_status): not the request's fault
                 */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
                                message: string;
                            };
                        };
                    };
                };
                /** @description - `INSUFFICIENT_STORAGE`: the host's storage file system is full, or a drive would exceed its storage limit */
                507: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what went wrong */
                            error: {
                                /**
                                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                                 * @example VM_NOT_FOUND
                                 * @enum {string}
                                 */
                                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                                /**
                                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                                 * @example {
                                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                                 *     }
                                 */
                                details: {
                                    [key: string]: unknown;
                                };
                                /**
                                 * @description a sentence for a person: what was refused and why
                                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                                 */
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
        /** @description one committed change */
        ChangeEvent: {
            /**
             * @description the changed row: VM, drive, NIC, event (a number, as text), host or image id
             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
             */
            id: string;
            /**
             * @description what kind of row changed; also the SSE `event:` name
             * @example vm
             * @enum {string}
             */
            kind: "vm" | "drive" | "nic" | "vm_event" | "host" | "image";
            /**
             * @description what happened to the row
             * @example update
             * @enum {string}
             */
            op: "insert" | "update" | "delete";
            /**
             * @description for a vm change: the VM's new state; otherwise null
             * @example running
             */
            state: string | null;
            /**
             * @description the VM it belongs to (for a vm change, its own id); null for hosts and images
             * @example 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14
             */
            vm_id: string | null;
        };
        /** @description Every error has this shape */
        ErrorResponse: {
            /** @description what went wrong */
            error: {
                /**
                 * @description SNAKE_CASE error code to branch on (never on the message); each operation lists the codes it answers with per status. An unknown path or method answers 404 NOT_FOUND.
                 * @example VM_NOT_FOUND
                 * @enum {string}
                 */
                code: "VALIDATION_FAILED" | "PATH_NOT_ALLOWED" | "UNAUTHORIZED" | "NOT_FOUND" | "HOST_NOT_FOUND" | "IMAGE_NOT_FOUND" | "VM_NOT_FOUND" | "DRIVE_NOT_FOUND" | "NIC_NOT_FOUND" | "NAME_TAKEN" | "DRIVE_ID_TAKEN" | "ROOT_DEVICE_EXISTS" | "ROOT_DEVICE_REQUIRED" | "IFACE_ID_TAKEN" | "MAC_TAKEN" | "IMAGE_IN_USE" | "VM_BUSY" | "VM_INVALID_STATE" | "FILE_EXISTS" | "TAP_IN_USE" | "FILE_IN_USE" | "SHRINK_NOT_SUPPORTED" | "RESIZE_NOT_SUPPORTED" | "RESTART_REQUIRED" | "MMDS_NEEDS_NIC" | "FILE_NOT_FOUND" | "NO_HOST_AVAILABLE" | "HOST_PRECONDITION_FAILED" | "AGENT_UNREACHABLE" | "AGENT_ERROR" | "LAUNCH_FAILED" | "EVENTS_UNAVAILABLE" | "INSUFFICIENT_STORAGE" | "INTERNAL";
                /**
                 * @description facts about the error for programs (ids, paths, states, limits; for a failed agent call agent_code and agent_status); often empty
                 * @example {
                 *       "id": "3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14"
                 *     }
                 */
                details: {
                    [key: string]: unknown;
                };
                /**
                 * @description a sentence for a person: what was refused and why
                 * @example VM 3f1c9a52-7d4e-4b8a-9c61-2e5f8d0b7a14 does not exist.
                 */
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
