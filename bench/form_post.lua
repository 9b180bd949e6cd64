-- wrk script: every request posts one form (FORM_BODY) to FORM_PATH as a signed-in person
-- (FORM_COOKIE, FORM_TOKEN from the environment); the summary adds the 95th and 99th
-- percentiles and counts the answers that were not redirects.
local path = os.getenv("FORM_PATH")
local cookie = os.getenv("FORM_COOKIE")
local token = os.getenv("FORM_TOKEN")
local body = os.getenv("FORM_BODY")
local refused = 0
request = function()
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-CSRF-Token"] = token,
  }, body)
end
response = function(status, headers, body)
  if status ~= 303 then refused = refused + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
  io.write(string.format("p99 latency: %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("requests: %d, errors (non-2xx/3xx): %d\n", summary.requests, summary.errors.status))
end
