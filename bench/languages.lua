-- wrk script: GET /api/languages, a JAX-RS endpoint with no search: the framework's ceiling.
request = function()
  return wrk.format("GET", "/api/languages")
end

dofile("bench/report.lua")
