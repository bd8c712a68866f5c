#!/usr/bin/env bash
# How much authenticating costs: requests per second of an authenticated call
# (GET /api/user/me with a personal token: SHA-256, one indexed select, one account read) against
# an unauthenticated one (GET /health/live) on the same server, and their ratio.
#
# Start the server first (./run), then:
#   PTK_EMAIL=admin@example.com PTK_PASSWORD=... bench/auth-throughput.sh
# Needs wrk and jq (apt-get install wrk jq). Sends traffic to 127.0.0.1 only; bounded in time.
set -euo pipefail
base=${PTK_SERVER:-http://127.0.0.1:8080}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
tokens=${TOKENS:-50}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/bench-tokens.sh
. "$here/bench-tokens.sh"
create_bench_tokens

run() { # label, path, [lua script]
  local args=(-t2 -c"$connections" -d"$duration" --latency)
  [ -n "${3:-}" ] && args+=(-s "$3")
  wrk "${args[@]}" "$base$2" > "$work/$1.out"
  grep -E "Requests/sec" "$work/$1.out" | awk '{print $2}'
}

KEYS_FILE="$work/keys" run warmup /api/user/me "$here/rotate-tokens.lua" > /dev/null
plain=$(run plain /health/live)
authed=$(KEYS_FILE="$work/keys" run authed /api/user/me "$here/rotate-tokens.lua")
errors=$(grep -E "Non-2xx" "$work/authed.out" || true)

printf 'unauthenticated GET /health/live : %10.0f req/s\n' "$plain"
printf 'GET /api/user/me, %3d tokens      : %10.0f req/s  (p99 %s)\n' "$tokens" "$authed" \
  "$(grep -E '^ +99%' "$work/authed.out" | awk '{print $2}')"
printf 'ratio authenticated/plain         : %10.2f\n' "$(echo "$authed / $plain" | bc -l)"
[ -z "$errors" ] || echo "WARNING: $errors"

remove_bench_tokens
