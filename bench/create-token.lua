-- POST /api/iam/personal_tokens with the session in SESSION: one new token a request.
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = "Token " .. os.getenv("SESSION"),
    ["Content-Type"] = "application/json",
  }, '{"name":"created ' .. n .. '","expires_at":"' .. os.getenv("EXPIRES") .. '"}')
end
