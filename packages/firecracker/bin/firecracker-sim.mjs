#!/usr/bin/env node
// Hearth's Firecracker simulator: a stand-in for the `firecracker` binary with the same
// command line and HTTP API (see src/simulator/). Runs the committed plain-JavaScript bundle
// of src/simulator/ (scripts/build-simulator.mjs), so a spawn needs neither tsx nor a
// compile step: the API socket answers within Node's own start-up time.
import '../dist/firecracker-sim.mjs';
