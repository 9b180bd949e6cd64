-- wrk reporter: adds the 95th percentile to wrk's summary.
done = function(summary, latency, requests)
  io.write(string.format("p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
  io.write(string.format("p99 latency: %.2f ms\n", latency:percentile(99) / 1000))
end
