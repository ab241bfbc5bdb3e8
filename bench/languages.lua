-- wrk script: GET /api/languages, a JAX-RS endpoint with no search: the framework's ceiling.
request = function()
  return wrk.format("GET", "/api/languages")
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f | p50 %.2f ms | p95 %.2f ms | p99 %.2f ms | errors %d non-2xx %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
