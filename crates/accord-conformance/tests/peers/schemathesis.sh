#!/usr/bin/env bash
# Runs Schemathesis against the reference ERP server, correct and each seeded defect,
# and prints one line per variant: requests served, seconds, Schemathesis' failure titles.
# Usage: bash tests/peers/schemathesis.sh [OUT_DIR]   (needs `source /opt/peers/env.sh`)
set -u
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
cd "$out"
bin="$here/../../target/debug/examples/reference_erp"
spec="$here/tests/fixtures/erp.yaml"
port=18181
for defect in none LongName500 WrongContentType SchemaViolation UndocumentedStatus AcceptsInvalid IgnoresAuth \
  UseAfterFree IdempotencyDuplicate CrossTenantRead PaginationRepeat PaginationNeverEnds RateLimitNoRetryAfter \
  CorrelationNotEchoed MissingLocation NotReadableAfterCreate RejectsValid; do
  args=(--port "$port")
  [ "$defect" != none ] && args+=(--defect "$defect")
  "$bin" "${args[@]}" > "server-$defect.log" 2>&1 &
  pid=$!
  sleep 0.5
  start=$(date +%s.%N)
  timeout 300 schemathesis run "$spec" --url "http://127.0.0.1:$port" -H "Authorization: Bearer acme-secret-token" \
    --checks all --max-examples 25 --seed 42 --no-color > "st-$defect.txt" 2>&1
  end=$(date +%s.%N)
  kill -INT "$pid"; wait "$pid" 2>/dev/null
  served=$(grep -o 'served [0-9]*' "server-$defect.log" | awk '{print $2}')
  titles=$(grep -E '^  ❌ ST' "st-$defect.txt" | sed 's/^  ❌ //' | tr '\n' ';')
  printf '%s\t%s\t%.1f\t%s\n' "$defect" "$served" "$(echo "$end - $start" | bc)" "$titles"
done
