-- Shared by the wrk scripts (run from the repository root): one summary line with
-- requests per second, client-side p50/p95/p99 and, from the Server-Timing header, the
-- server-side p50/p95/p99 (time spent in the application), in milliseconds.
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  server = {}
end

response = function(status, headers, body)
  local timing = headers["Server-Timing"] or headers["server-timing"]
  if timing then
    local dur = string.match(timing, "dur=([%d%.]+)")
    if dur then table.insert(server, tonumber(dur)) end
  end
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  local index = math.max(1, math.ceil(#sorted * p / 100))
  return sorted[index]
end

done = function(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    local values = thread:get("server")
    for i = 1, #values do table.insert(all, values[i]) end
  end
  table.sort(all)
  io.write(string.format(
    "requests/s %.0f | client p50 %.2f p95 %.2f p99 %.2f ms | server p50 %.2f p95 %.2f p99 %.2f ms | errors %d non-2xx %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    percentile(all, 50), percentile(all, 95), percentile(all, 99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
