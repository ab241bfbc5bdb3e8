-- Shared by the wrk scripts (run from the repository root): one summary line with
-- requests per second and p50/p95/p99 latency in milliseconds, for docs/benchmarks.md.
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f | p50 %.2f ms | p95 %.2f ms | p99 %.2f ms | errors %d non-2xx %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
