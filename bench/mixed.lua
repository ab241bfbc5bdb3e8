-- wrk script: the request mix in the file named by BENCH_REQUESTS (one path per line; "A "
-- before a path sends it as a signed-in agent with the HTTP Basic credentials in BENCH_BASIC);
-- each thread starts at its own place in the file.
local paths = {}
local agent = {}
for line in io.lines(os.getenv("BENCH_REQUESTS")) do
  if string.sub(line, 1, 2) == "A " then
    table.insert(paths, string.sub(line, 3))
    table.insert(agent, true)
  else
    table.insert(paths, line)
    table.insert(agent, false)
  end
end
local credentials = os.getenv("BENCH_BASIC")
local signed_in = credentials and { ["Authorization"] = "Basic " .. credentials } or nil

dofile("bench/report.lua")

local started = 0
local report_setup = setup
setup = function(thread)
  report_setup(thread)
  started = started + 1
  thread:set("counter", started * 7919)
end

request = function()
  counter = (counter or 0) + 1
  local i = (counter % #paths) + 1
  return wrk.format("GET", paths[i], agent[i] and signed_in or nil)
end
