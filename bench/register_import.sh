#!/usr/bin/env bash
# Imports a generated register of ROWS rows (default 200,000) with
# `coproduce import-organisations` into a fresh SQLite database, printing the wall time and
# peak memory (GNU time), then times the duplicate candidates of records at that size
# (benches/duplicates.rs, criterion). Run from the repository root after
# `cargo build --release`:
#     bench/register_import.sh [ROWS]
set -euo pipefail
ROWS=${1:-200000}
BIN=${COPRODUCE_BIN:-target/release/coproduce}
WORK=${BENCH_DIR:-/tmp/coproduce-register-bench}
rm -rf "$WORK"; mkdir -p "$WORK"
python3 bench/gen_register.py "$WORK/register.csv" "$ROWS"
ls -l "$WORK/register.csv"
/usr/bin/time -f 'wall %e s, peak memory %M KiB' \
  "$BIN" --data-dir "$WORK/data" --init import-organisations "$WORK/register.csv" \
  --set register=northern_ireland --set nation="Northern Ireland" 2>&1 | grep -v '^imported '
BENCH_DATA_DIR="$WORK/data" cargo bench --bench duplicates
