# Sourced by the benchmarks: many personal tokens of the signed-in account, and their removal.
# Needs base, tokens, work and PTK_EMAIL / PTK_PASSWORD set.

# Signs in and creates $tokens tokens; their keys go to $work/keys, one a line.
create_bench_tokens() {
  session=$(curl -sf -X POST -u "$PTK_EMAIL:$PTK_PASSWORD" "$base/api/tokens" | jq -r .token)
  local expires created
  expires=$(date -u -d '+2 days' +%Y-%m-%dT%H:%M:%SZ)
  uuids=()
  for i in $(seq 1 "$tokens"); do
    created=$(curl -sf -H "Authorization: Token $session" -H 'Content-Type: application/json' \
      -d "{\"name\":\"bench-$i\",\"expires_at\":\"$expires\"}" "$base/api/iam/personal_tokens")
    echo "$created" | jq -r .key >> "$work/keys"
    uuids+=("$(echo "$created" | jq -r .uuid)")
  done
}

# Revokes them and signs out.
remove_bench_tokens() {
  for uuid in "${uuids[@]}"; do
    curl -sf -o /dev/null -X DELETE -H "Authorization: Token $session" \
      "$base/api/iam/personal_tokens/$uuid"
  done
  curl -sf -o /dev/null -X DELETE -H "Authorization: Token $session" "$base/api/tokens"
}
