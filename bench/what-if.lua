-- wrk script: GET the plan for a different monthly budget on every request (a what-if change),
-- with the bearer token in $TOKEN. Each new budget makes and stores a new plan version.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local counter = 0
request = function()
  counter = counter + 1
  local budget = 10000 + (counter * 137) % 290000
  return wrk.format("GET", wrk.path .. "?monthlyBudgetYen=" .. budget)
end
