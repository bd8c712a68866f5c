# What bench/run and bench/galera share, sourced by both: free loopback ports, wrk's rate for a
# URL, and the arithmetic of their ratios. The caller sets work (a directory of its own), seconds
# and connections.

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    ss -ltnH "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
}

wrk_rate() { # label, url, [lua script]: requests per second; fails on any non-2xx answer
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency)
  [ -n "${3:-}" ] && args+=(-s "$3")
  wrk "${args[@]}" "$2" > "$work/$1.out"
  if grep -qE "Non-2xx|Socket errors" "$work/$1.out"; then
    echo "$1: $(grep -E 'Non-2xx|Socket errors' "$work/$1.out")" >&2
  fi
  grep -E "Requests/sec" "$work/$1.out" | awk '{print $2}'
}

ratio() { echo "scale=3; $1 / $2" | bc -l; }

median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
