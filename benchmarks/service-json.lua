-- wrk script for benchmarks/service-load.sh: POST /api/v1/checks with the complete 个体工商户设立登记
-- package of ARCHITECTURE §3 (the same body as the Java driver's json workload). The API key is
-- the first script argument. Prints one Markdown row: connections, requests, per second, p50, p99,
-- max (ms), errors (non-2xx answers and socket errors). With WRK_RAW set it prints the same numbers
-- space-separated after the word "raw" (requests, seconds, p50, p99, max, errors), for
-- benchmarks/service-nodes.sh to add up two wrk runs.
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-API-Key"] = args[1]
  wrk.body = [[{"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "ONLINE",
 "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
 "materials": [
   {"id": "m1", "code": "GTGSH-SL-01", "form": "ELECTRONIC", "copies": 1},
   {"id": "m2", "code": "GTGSH-SL-02", "form": "ELECTRONIC", "copies": 1},
   {"id": "m3", "code": "GTGSH-SL-03", "form": "ELECTRONIC", "copies": 1}]}]]
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.status + e.connect + e.read + e.write + e.timeout
  if os.getenv("WRK_RAW") then
    io.write(string.format("raw %d %.3f %.3f %.3f %.3f %d\n", summary.requests, summary.duration / 1e6,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
    return
  end
  io.write(string.format("| json (wrk) | %s connections | %d | %.0f | %.1f | %.1f | %.1f | %d |\n",
    os.getenv("WRK_CONNECTIONS") or "?", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
