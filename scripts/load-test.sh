#!/usr/bin/env bash
# Load test of /api/search on the bundled corpus with wrk (apt-get install wrk): the Release API on loopback,
# 32 connections for 60 s. Run 1 sends a key allowed a million requests a second (throughput); run 2 sends no
# key, so all load shares the default anonymous limit (20 a second) and most answers are the intended 429s.
# Usage: scripts/load-test.sh [seconds] [connections] [port]   (KEEP=1 keeps the work folder and the API log)
#        CORPUS=DIR INDEXES=DIR scripts/load-test.sh ...  an existing archive, e.g. /tmp/casegraph-bench-100000/{corpus,indexes}
#        after scripts/bench.sh 100000 (the runs start once the worker's pass over that corpus is done)
#        API_ARGS="--CaseGraph:Semantic:Enabled=false" scripts/load-test.sh ...   extra settings for the API
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; connections=${2:-32}; port=${3:-5092}
work=$(mktemp -d)
url="http://127.0.0.1:$port"
corpus=$(realpath "${CORPUS:-corpus}"); indexes=$(realpath -m "${INDEXES:-$work/indexes}")
dotnet build src/CaseGraph.Api -c Release -v q -nologo >/dev/null
key=$(dotnet run --project src/CaseGraph.Api -c Release --no-build -- new-api-key --name load-test --role clinician \
  --keys-file "$work/keys.json" --permits-per-second 1000000 | sed -n 's/^The key.*: //p')
dotnet run --project src/CaseGraph.Api -c Release --no-build -- --corpus "$corpus" --indexes "$indexes" --urls "$url" \
  --CaseGraph:Auth:KeysFile "$work/keys.json" ${API_ARGS:-} >"$work/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
until curl -sf "$url/health/ready" >/dev/null 2>&1; do sleep 0.2; done
until curl -sf "$url/health" 2>/dev/null | grep -q '"state":"idle"'; do sleep 0.5; done # /health is for anonymous callers and faculty
echo "warming up (JIT tiering) for 15 s"
wrk -t2 -c"$connections" -d15s -H "X-Api-Key: $key" -s scripts/search-load.lua "$url" >/dev/null

echo "== run 1: key with its own high limit, $connections connections, $seconds s"
first=$(wc -l <"$work/api.log")
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "X-Api-Key: $key" -s scripts/search-load.lua "$url" | grep -E "statuses|requests/s|Non-2xx|Socket errors"
tail -n +"$((first + 1))" "$work/api.log" | grep '"Route":"/api/search","Status":200' | grep -o '"ElapsedMs":[0-9.]*' | cut -d: -f2 | sort -n |
  awk '{ v[NR] = $1 } END { printf "inside the server (request log): %d searches, p50 %.2f ms, p99 %.2f ms\n", NR, v[int(NR * 0.5)], v[int(NR * 0.99)] }'
echo "== run 2: anonymous, default limit of 20 requests a second, $connections connections, $seconds s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s scripts/search-load.lua "$url" | grep -E "statuses|requests/s|Non-2xx|Socket errors"
echo "server: $(grep '"Status":5' "$work/api.log" | grep -vc health/ready || true) responses 5xx in the request log (readiness 503s while starting excluded); peak RSS $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/"$(pgrep -P $pid | head -1)"/status 2>/dev/null || echo '?')"
