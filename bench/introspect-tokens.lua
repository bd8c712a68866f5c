-- Each request introspects the next of many personal tokens, as a registered service would.
local keys = {}
local i = 0
local basic = nil

init = function(args)
  for line in io.lines(os.getenv("KEYS_FILE")) do
    keys[#keys + 1] = line
  end
  basic = os.getenv("CLIENT_BASIC")
end

request = function()
  i = i % #keys + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = "Basic " .. basic,
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, "token=" .. keys[i])
end
