#!/usr/bin/env bash
# Quick start on a fresh Debian 12 machine: installs the dependencies,
# builds clerk, and renders every bundled sample into out/samples/NAME/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
scripts/render-samples.sh
