-- wrk script: GET .../expert-matches of many SMEs in turn, each with its own bearer token. The file
-- named by $SMES holds one "companyId token" pair a line (scripts/bench-expert-matches.sh writes it).
local smes = {}
for line in io.lines(os.getenv("SMES")) do
  local id, token = line:match("^(%d+) (%S+)$")
  if id then
    smes[#smes + 1] = { path = "/api/v1/companies/" .. id .. "/expert-matches", token = "Bearer " .. token }
  end
end
local counter = 0
request = function()
  counter = counter + 1
  local sme = smes[(counter % #smes) + 1]
  return wrk.format("GET", sme.path, { Authorization = sme.token })
end
