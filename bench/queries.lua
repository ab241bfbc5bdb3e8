-- wrk script: replays the request paths in the file named by BENCH_PATHS (one a line), in
-- order, each thread from its own place in the list, and reports like the other scripts
-- (bench/report.lua: requests/s, client and server p50/p95/p99, errors).
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if line ~= "" then table.insert(paths, line) end
end

dofile("bench/report.lua")

local started = 0
local report_setup = setup
setup = function(thread)
  report_setup(thread)
  started = started + 1
  -- Threads start far apart in the list, so that two of them do not send the same query at once.
  thread:set("counter", (started - 1) * 7919)
end

request = function()
  counter = (counter or 0) + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

-- The JDK's HTTP server (the raw Lucene baseline) spells the header "Server-timing";
-- report.lua looks for Payara's spelling.
local report_response = response
response = function(status, headers, body)
  headers["Server-Timing"] = headers["Server-Timing"] or headers["Server-timing"]
  report_response(status, headers, body)
end
