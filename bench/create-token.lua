-- POST /api/iam/personal_tokens, one new token a request, each signed with the next of the tokens in
-- SIGNED_WITH (a file, one a line: sessions or personal tokens): one account's creates, or spread
-- over several.
local tokens = {}
local n = 0

init = function(args)
  for line in io.lines(os.getenv("SIGNED_WITH")) do
    tokens[#tokens + 1] = line
  end
end

request = function()
  n = n + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = "Token " .. tokens[n % #tokens + 1],
    ["Content-Type"] = "application/json",
  }, '{"name":"created ' .. n .. '","expires_at":"' .. os.getenv("EXPIRES") .. '"}')
end
