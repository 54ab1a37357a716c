-- wrk script for the mixed load of issue #10 (scripts/bench-cluster.sh): per 20 requests
-- 2 sign-ins (token issue), 3 自社診断 submissions, 6 plan reads, 6 what-if plans (a new budget
-- each: a new plan is computed and stored) and 3 downloads (2 CSV, 1 PDF), all as the SME in
-- $EMAIL / $PASSWORD with the bearer token in $TOKEN for company $COMPANY.
-- At the end: the responses by status class and by status (429 apart: a rate limit answers
-- without doing the work, so a run with 429s measures less than the mix), from every thread.
local token = os.getenv("TOKEN")
local company = os.getenv("COMPANY")
local email = os.getenv("EMAIL") or "sme@example.jp"
local password = os.getenv("PASSWORD") or "sukedachi-demo"
local base = "/api/v1/companies/" .. company
local answers = {}
local choices = {"IMPLEMENTED", "PARTIAL", "NOT_IMPLEMENTED", "UNKNOWN"}
for i = 1, 25 do
  answers[#answers + 1] = string.format('{"item":%d,"answer":"%s"}', i, choices[(i % 4) + 1])
end
local selfCheck = '{"answers":[' .. table.concat(answers, ",") .. ']}'
local signIn = string.format('{"email":"%s","password":"%s"}', email, password)
local mix = {"plan", "whatif", "selfcheck", "plan", "whatif", "csv", "signin", "plan", "whatif", "selfcheck",
             "plan", "whatif", "csv", "pdf", "plan", "whatif", "selfcheck", "signin", "plan", "whatif"}
local threads = {}
local counter = 0
local json = {["Content-Type"] = "application/json"}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = id * 7
  s2, s3, s4, s5, failed = 0, 0, 0, 0, 0
  codes = {}
end

request = function()
  counter = counter + 1
  local kind = mix[(counter % #mix) + 1]
  local auth = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
  if kind == "signin" then
    return wrk.format("POST", "/api/v1/auth/token", json, signIn)
  elseif kind == "selfcheck" then
    return wrk.format("POST", base .. "/self-checks", auth, selfCheck)
  elseif kind == "whatif" then
    local budget = 10000 + (counter * 137) % 290000
    return wrk.format("GET", base .. "/plan?monthlyBudgetYen=" .. budget, auth)
  elseif kind == "csv" then
    return wrk.format("GET", base .. "/plan/report.csv", auth)
  elseif kind == "pdf" then
    return wrk.format("GET", base .. "/plan/report.pdf", auth)
  end
  return wrk.format("GET", base .. "/plan", auth)
end

response = function(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local t2, t3, t4, t5 = 0, 0, 0, 0
  local all = {}
  for _, t in ipairs(threads) do
    t2 = t2 + t:get("s2"); t3 = t3 + t:get("s3"); t4 = t4 + t:get("s4"); t5 = t5 + t:get("s5")
    for code, n in pairs(t:get("codes")) do all[code] = (all[code] or 0) + n end
  end
  local list = {}
  for code in pairs(all) do list[#list + 1] = code end
  table.sort(list)
  local parts = {}
  for _, code in ipairs(list) do parts[#parts + 1] = string.format("%d: %d", code, all[code]) end
  io.write(string.format("statuses: 2xx %d, 3xx %d, 4xx %d, 5xx %d; socket errors: connect %d, read %d, write %d, timeout %d\n",
    t2, t3, t4, t5, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("by status: %s; 429 (rate limited): %d\n", table.concat(parts, ", "), all[429] or 0))
  io.write(string.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
