-- wrk script: POST a complete 自社診断 (25 answers) with the bearer token in $TOKEN.
local answers = {}
local choices = {"IMPLEMENTED", "PARTIAL", "NOT_IMPLEMENTED", "UNKNOWN"}
for i = 1, 25 do
  answers[#answers + 1] = string.format('{"item":%d,"answer":"%s"}', i, choices[(i % 4) + 1])
end
wrk.method = "POST"
wrk.body = '{"answers":[' .. table.concat(answers, ",") .. ']}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
