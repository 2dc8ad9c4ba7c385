#!/usr/bin/env bash
# Writes docs/screenshots/{search,workbench,case,trends}.png (1280x800) with Debian's Chromium against the API on the
# bundled corpus, and prints the time from pressing Enter to the first search result on screen.
# Needs /usr/bin/chromium (apt-get install chromium). CONFIGURATION=Debug to skip the Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
timings=$(mktemp)
trap 'rm -f "$timings"' EXIT
CASEGRAPH_REQUIRE_BROWSER=1 CASEGRAPH_SCREENSHOTS="$PWD/docs/screenshots" CASEGRAPH_TIMINGS="$timings" \
  dotnet test tests/CaseGraph.Web.Tests -c "${CONFIGURATION:-Release}" --filter Category=Screenshots --logger "console;verbosity=minimal"
ls -l docs/screenshots/*.png
cat "$timings"
