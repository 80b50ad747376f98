#!/usr/bin/env bash
# Runs every randomised test file with N other seeds (default 20), one vitest run per seed, and
# prints one line per run: the seed, the result and its time. A failing seed replays with
#   PARCOURS_TEST_SEED=<seed> pnpm vitest run <file>
# Usage: scripts/seed-hunt.sh [N] [SCENARIOS]   (SCENARIOS: convergence scenarios per seed, default 100)
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
scenarios="${2:-100}"
# Files that draw from the seed: fast-check properties and samples, the fuzzed frames, the convergence scenarios.
mapfile -t files < <(grep -rlE "from 'fast-check'|from '\./convergenceSuite'" --include='*.test.ts' packages apps | grep -v node_modules | sort)
echo "files (${#files[@]}): ${files[*]}"
failed=0
for k in $(seq 1 "$runs"); do
  # Spaced seeds: the convergence scenarios of one seed (seed + i, i < scenarios) never overlap another's.
  seed=$((20261203 + k * 1000))
  start=$(date +%s)
  if PARCOURS_TEST_SEED="$seed" PARCOURS_SCENARIOS="$scenarios" pnpm vitest run "${files[@]}" >"/tmp/seed-hunt-$seed.log" 2>&1; then
    result=passed
  else
    result=FAILED
    failed=$((failed + 1))
  fi
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "/tmp/seed-hunt-$seed.log" | grep -E "^ +Tests +[0-9]" | tr -s ' ')
  echo "seed $seed: $result in $(($(date +%s) - start)) s ($summary) log /tmp/seed-hunt-$seed.log"
done
echo "$failed of $runs seeds failed"
[ "$failed" -eq 0 ]
