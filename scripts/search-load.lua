-- wrk script: rotates /api/search over typical clinician queries and counts every status code it gets back.
local queries = {
  "buprenorphine", "naloxone%20overdose", "tapering%20high%20dose%20opioids", "benzos", "fentanyl%20xylazine",
  "methadone%20QTc", "chronic%20low%20back%20pain", "urine%20drug%20screen", "pregnancy%20opioid%20use%20disorder",
  "gabapentin", "stimulant%20use", "alcohol%20use%20disorder", "micro-induction", "oxycodone%2010%20mg",
  "adolescent", "harm%20reduction", "PTSD%20sleep", "acute%20pain%20after%20surgery", "older%20adult%20falls", "Suboxone",
}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/api/search?q=" .. queries[(counter % #queries) + 1] .. "&limit=10")
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + count end
  end
  io.write("statuses:")
  for status, count in pairs(total) do io.write(string.format(" %d=%d", status, count)) end
  io.write(string.format("\nrequests/s: %.1f  p50: %.2f ms  p90: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
