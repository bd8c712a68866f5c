#!/usr/bin/env bash
# What guarding an API with personal tokens costs: requests per second through nginx running
# examples/nginx/protect-your-api.conf (auth_request to /api/auth/verify for every request)
# against the same nginx proxying to the same upstream with no check, and their ratio; then
# /api/auth/verify and RFC 7662 introspection called directly, without nginx.
#
# Start the server first (./run), then:
#   PTK_EMAIL=admin@example.com PTK_PASSWORD=... DB_URL=jdbc:mariadb://127.0.0.1:PORT/ptk \
#     DB_USER=root bench/verify-throughput.sh
# (DB_URL as ./run prints it: a service client is registered with `ptk admin services create`.)
# Needs nginx, wrk and jq (apt-get install nginx wrk jq). Everything listens on 127.0.0.1 only,
# on free ports; the nginx it starts is stopped by its PID; bounded in time.
set -euo pipefail
base=${PTK_SERVER:-http://127.0.0.1:8080}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
tokens=${TOKENS:-50}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$(mktemp -d)
nginx_pid=
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2> /dev/null && wait "$nginx_pid" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ptk_port=${base##*:}
guarded=$(free_port)
direct=$(free_port)
upstream=$(free_port)

# The README's example as it is, pointed at this machine's ports; a direct route beside it; and
# the "API" itself, a fixed answer from nginx, so that both routes share everything but the check.
sed -e "s/server 127.0.0.1:8080;/server 127.0.0.1:$ptk_port;/" \
  -e "s/server 127.0.0.1:9000;/server 127.0.0.1:$upstream;/" \
  -e "s/listen 127.0.0.1:8000;/listen 127.0.0.1:$guarded;/" \
  "$root/examples/nginx/protect-your-api.conf" > "$work/guarded.conf"
cat > "$work/nginx.conf" << CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  include $work/guarded.conf;
  server {
    listen 127.0.0.1:$direct;
    location / { proxy_pass http://my_api; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
  server { listen 127.0.0.1:$upstream; location / { return 200 '{"ok":true}'; } }
}
CONF
nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$direct/" && break; sleep 0.1; done

# shellcheck source=bench/bench-tokens.sh
. "$here/bench-tokens.sh"
create_bench_tokens
registered=$(java -jar "$root/distribution/target/ptk.jar" admin services create --name bench)
client_id=$(echo "$registered" | awk '/^ *client_id / {print $2}')
client_secret=$(echo "$registered" | awk '/^ *client_secret / {print $2}')

run() { # label, url, [lua script]
  local args=(-t2 -c"$connections" -d"$duration" --latency)
  [ -n "${3:-}" ] && args+=(-s "$3")
  wrk "${args[@]}" "$2" > "$work/$1.out"
  grep -E "Requests/sec" "$work/$1.out" | awk '{print $2}'
}
p99() { grep -E '^ +99%' "$work/$1.out" | awk '{print $2}'; }

export KEYS_FILE="$work/keys"
run warmup "http://127.0.0.1:$guarded/orders" "$here/rotate-tokens.lua" > /dev/null
plain=$(run direct "http://127.0.0.1:$direct/orders" "$here/rotate-tokens.lua")
checked=$(run guarded "http://127.0.0.1:$guarded/orders" "$here/rotate-tokens.lua")
verified=$(run verify "$base/api/auth/verify" "$here/rotate-tokens.lua")
CLIENT_BASIC=$(printf '%s:%s' "$client_id" "$client_secret" | base64 -w0)
export CLIENT_BASIC
introspected=$(run introspect "$base/api/auth/introspect" "$here/introspect-tokens.lua")

printf 'nginx -> upstream, no check          : %10.0f req/s  (p99 %s)\n' "$plain" "$(p99 direct)"
printf 'nginx -> verify -> upstream, %3d keys : %10.0f req/s  (p99 %s)\n' "$tokens" "$checked" \
  "$(p99 guarded)"
printf 'ratio guarded/direct                 : %10.2f\n' "$(echo "$checked / $plain" | bc -l)"
printf 'GET /api/auth/verify directly         : %10.0f req/s  (p99 %s)\n' "$verified" "$(p99 verify)"
printf 'POST /api/auth/introspect, %3d keys   : %10.0f req/s  (p99 %s)\n' "$tokens" \
  "$introspected" "$(p99 introspect)"
for label in direct guarded verify introspect; do
  errors=$(grep -E "Non-2xx|Socket errors" "$work/$label.out" || true)
  [ -z "$errors" ] || echo "WARNING ($label): $errors"
done

java -jar "$root/distribution/target/ptk.jar" admin services delete "$client_id" > /dev/null
remove_bench_tokens
