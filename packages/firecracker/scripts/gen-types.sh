#!/usr/bin/env bash
# Regenerates src/api/firecracker-api.generated.ts from Firecracker's API spec, vendored in
# spec/ (Apache-2.0, see spec/NOTICE). Pass another spec to try a different release:
#   npm run gen:types -w @hearth/firecracker [-- /path/to/firecracker.yaml]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
spec=${1:-$here/spec/firecracker-api-v1.14.2.yaml}
npx openapi-typescript "$spec" -o "$here/src/api/firecracker-api.generated.ts"
