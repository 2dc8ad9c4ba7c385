#!/usr/bin/env bash
# Cold start to first answer: the Release API from process start to /health/ready (a committed index, the search
# path warmed), the first /api/search, the worker's pass over the corpus, then later searches. It starts the built dll
# as production does (`dotnet CaseGraph.Api.dll`, see src/CaseGraph.Api/Dockerfile): `dotnet run` would add about a
# second of evaluating the project before the app starts.
# Usage: scripts/measure-startup.sh [port]                       the bundled corpus into empty indexes (one-command start)
#        CORPUS=DIR INDEXES=DIR scripts/measure-startup.sh       an existing archive, e.g. after scripts/bench.sh 100000:
#        CORPUS=/tmp/casegraph-bench-100000/corpus INDEXES=/tmp/casegraph-bench-100000/indexes scripts/measure-startup.sh
#        API_DLL=/tmp/api-r2r/CaseGraph.Api.dll scripts/measure-startup.sh     another build of the API (e.g. ReadyToRun)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5091}
work=$(mktemp -d)
corpus=$(realpath "${CORPUS:-corpus}"); indexes=$(realpath -m "${INDEXES:-$work/indexes}")
url="http://127.0.0.1:$port"
# API_DLL: another build of the API to start, e.g. a ReadyToRun publish (docs/performance.md)
dll=${API_DLL:-src/CaseGraph.Api/bin/Release/net10.0/CaseGraph.Api.dll}
[ -n "${API_DLL:-}" ] || dotnet build src/CaseGraph.Api -c Release -v q -nologo >/dev/null
seconds() { awk "BEGIN { printf \"%.2f\", $(date +%s.%N) - $start }"; }
start=$(date +%s.%N)
dotnet "$dll" --corpus "$corpus" --indexes "$indexes" --urls "$url" >"$work/api.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT

until curl -sf "$url/health/ready" >/dev/null 2>&1; do sleep 0.05; done
echo "process start to ready: $(seconds) s"
curl -s -o /dev/null -w "first search (q=buprenorphine): %{time_total} s\n" "$url/api/search?q=buprenorphine"
echo "process start to first answer: $(seconds) s"
until curl -sf "$url/health" 2>/dev/null | grep -q '"state":"idle"'; do sleep 0.2; done
echo "process start to the worker idle (its pass over the corpus): $(seconds) s"
curl -s "$url/health" | grep -o '"lastRun":"[^"]*"' || true
for i in 2 3 4 5 6; do
  curl -s -o /dev/null -w "search #$i (q=buprenorphine): %{time_total} s\n" "$url/api/search?q=buprenorphine"
done
curl -s -o /dev/null -w "similar cases (the first case): %{time_total} s\n" \
  "$url/api/cases/$(curl -s "$url/api/search?q=pain&kind=case&limit=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)/similar"
grep -o '"Message":"\(Search path warmed\|Answering searches\|Embedding model and identifier screen\)[^"]*' "$work/api.log" | cut -d'"' -f4
awk '/VmHWM|VmRSS|RssAnon|RssFile/ {printf "%s %.0f MB  ", $1, $2/1024} END {print ""}' /proc/$pid/status
