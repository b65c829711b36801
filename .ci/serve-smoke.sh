#!/usr/bin/env bash
# `bin/dyad serve --ingest` on the sample texts in a throwaway store: waits for the server, checks
# that the overview page, the Canada–Venezuela timeline and the letters answer, then stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/dyad-smoke.XXXXXX)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bin/dyad serve --db "$data/dyad-data" --port "$port" --ingest ../shared/corpus/seeds >"$data/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "$base/" 2>/dev/null; then break; fi
  kill -0 "$server" 2>/dev/null || { cat "$data/serve.log" >&2; echo "serve-smoke: the server stopped" >&2; exit 1; }
  sleep 1
done
curl -fsS -o /dev/null "$base/" || { cat "$data/serve.log" >&2; echo "serve-smoke: no answer on $base" >&2; exit 1; }
curl -fsS "$base/api/dyads/CAN/VEN/timeline?either=true" | grep -q '"bands"'
curl -fsS "$base/api/letters" | grep -q '"Mark Carney"'
curl -fsS -o /dev/null "$base/dyads/CAN/VEN"
echo "serve-smoke: $base answered (overview, CAN–VEN timeline, letters)"
