-- wrk script: every request posts a comment on one part of the benchmark consultation,
-- as a signed-in participant (the session cookie and CSRF token come from the environment),
-- and the summary adds the 95th and 99th percentiles.
local path = os.getenv("COMMENT_PATH")
local cookie = os.getenv("COMMENT_COOKIE")
local token = os.getenv("COMMENT_TOKEN")
request = function()
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-CSRF-Token"] = token,
  }, "body=A+comment+posted+by+the+benchmark.")
end
done = function(summary, latency, requests)
  io.write(string.format("p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
  io.write(string.format("p99 latency: %.2f ms\n", latency:percentile(99) / 1000))
  local codes = summary.status
  io.write(string.format("requests: %d, errors (non-2xx/3xx): %d\n", summary.requests, summary.errors.status))
end
