# What bench/run and bench/galera share, sourced by both: free loopback ports, wrk's rate for a
# URL, and the arithmetic of their ratios. The caller sets work (a directory of its own), seconds
# and connections.

# A port below the kernel's ephemeral range, which no socket uses and no earlier call handed out:
# in that range a port can be an outgoing connection's (wrk leaves thousands), which a listener
# can't bind even when nothing listens there.
free_port() {
  local port lowest_ephemeral
  read -r lowest_ephemeral _ < /proc/sys/net/ipv4/ip_local_port_range
  while :; do
    port=$((10000 + RANDOM % (lowest_ephemeral - 10000)))
    grep -qx "$port" "$work/ports" 2> /dev/null && continue
    ss -tanH "sport = :$port" | grep -q . && continue
    echo "$port" >> "$work/ports"
    echo "$port"
    return
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

# The items, one a line, in the order round $1 takes them: each round starts one further along, so
# that no item always follows the same one.
in_turn() { # round, item...
  local round=$1 i
  shift
  local items=("$@")
  for i in "${!items[@]}"; do echo "${items[$(( (i + round - 1) % ${#items[@]} ))]}"; done
}

ratio() { echo "scale=3; $1 / $2" | bc -l; }

median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
