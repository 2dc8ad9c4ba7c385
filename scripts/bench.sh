#!/usr/bin/env bash
# Performance benchmark side by side with SQLite FTS5 and PostgreSQL full-text search (docs/performance.md).
# Installs and starts PostgreSQL from Debian's packages if needed, then runs casegraph-bench in Release.
# Usage: scripts/bench.sh [cases] [rounds]     e.g. scripts/bench.sh 10000 20 (about 2 minutes); 100000; 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-10000}; rounds=${2:-20}
sudo=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
command -v pg_ctlcluster >/dev/null || $sudo apt-get install -y postgresql >/dev/null
version=$(ls /etc/postgresql | sort -n | tail -1)
$sudo pg_ctlcluster "$version" main start 2>/dev/null || true
$sudo -u postgres psql -q -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench') THEN CREATE ROLE bench LOGIN PASSWORD 'bench'; END IF; END \$\$;" 2>/dev/null \
  || runuser -u postgres -- psql -q -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench') THEN CREATE ROLE bench LOGIN PASSWORD 'bench'; END IF; END \$\$;"
runuser -u postgres -- psql -q -tc "SELECT 1 FROM pg_database WHERE datname = 'bench'" | grep -q 1 || runuser -u postgres -- createdb -O bench bench
dotnet build bench/CaseGraph.Benchmarks -c Release -v q -nologo >/dev/null
/usr/bin/time -f "benchmark process: %e s wall, peak RSS %M KB" \
  dotnet bench/CaseGraph.Benchmarks/bin/Release/net10.0/casegraph-bench.dll --cases "$cases" --rounds "$rounds" \
  --postgres "Host=127.0.0.1;Port=5432;Username=bench;Password=bench;Database=bench"
