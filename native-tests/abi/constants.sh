#!/usr/bin/env bash
# Writes constants.inc for abi.c: one C(NAME) line for every constant that the Java constant
# interfaces declare, so the ABI check covers exactly what the Java side claims.
# usage: constants.sh OUT.inc JavaFile.java...
set -euo pipefail
out=$1; shift
sed -nE 's/^[[:space:]]+(int|long)[[:space:]]+([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=.*/C(\2)/p' "$@" | sort -u > "$out"
echo "constants.sh: $(wc -l < "$out") constants from $# Java files" >&2
