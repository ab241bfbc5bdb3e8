-- wrk script: an agent at each ticket step asks for its guidance, in five languages, signed in
-- with HTTP Basic (the admin the benchmark server creates; verified credentials are cached).
local steps = { "greet", "identify-caller", "clarify", "troubleshoot", "hold", "transfer", "take-message", "escalate", "resolve", "close" }
local langs = { "en", "vi", "nb", "de", "ar" }
local counter = 0
request = function()
  counter = counter + 1
  local step = steps[(counter % #steps) + 1]
  local lang = langs[(math.floor(counter / #steps) % #langs) + 1]
  return wrk.format("GET", "/api/ticket-steps/" .. step .. "?lang=" .. lang, { ["Authorization"] = "Basic " .. os.getenv("BENCH_BASIC") })
end

dofile("bench/report.lua")
