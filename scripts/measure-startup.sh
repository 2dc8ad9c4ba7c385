#!/usr/bin/env bash
# Measures the one-command start on the bundled corpus: time to index into empty indexes, and the latency
# of the first and of later /api/search requests. Usage: scripts/measure-startup.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5091}
indexes=$(mktemp -d)
dotnet build src/CaseGraph.Api -c Release -v q -nologo >/dev/null
start=$(date +%s.%N)
dotnet run --project src/CaseGraph.Api -c Release --no-build -- --indexes "$indexes" --urls "http://127.0.0.1:$port" >"$indexes/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$indexes"' EXIT

until curl -sf "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"state":"idle"'; do sleep 0.1; done
ready=$(date +%s.%N)
echo "process start to indexed and idle: $(awk "BEGIN { printf \"%.2f\", $ready - $start }") s"
curl -s "http://127.0.0.1:$port/health" | grep -o '"lastRun":"[^"]*"'
for i in 1 2 3 4 5 6; do
  curl -s -o /dev/null -w "search #$i (q=buprenorphine): %{time_total} s\n" "http://127.0.0.1:$port/api/search?q=buprenorphine"
done
curl -s -o /dev/null -w "similar cases (case-0001): %{time_total} s\n" "http://127.0.0.1:$port/api/cases/case-0001/similar"
