#!/usr/bin/env bash
# Regenerates src/api/firecracker-api.generated.ts from the official Firecracker swagger spec.
# The spec is not vendored in this repository; pass its path (default: ../shared/firecracker/).
#   npm run gen:types -w @hearth/firecracker [-- /path/to/firecracker.yaml]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
spec=${1:-$here/../../../shared/firecracker/firecracker-api-v1.14.2.yaml}
npx openapi-typescript "$spec" -o "$here/src/api/firecracker-api.generated.ts"
