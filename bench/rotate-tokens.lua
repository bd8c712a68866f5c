-- Each request presents the next of many personal tokens, so no single row stays hot.
local keys = {}
local i = 0

init = function(args)
  for line in io.lines(os.getenv("KEYS_FILE")) do
    keys[#keys + 1] = line
  end
end

request = function()
  i = i % #keys + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Token " .. keys[i] })
end
