-- String building with map updates: keys built by concatenation, counters
-- in a map, lines joined from parts. Same as strings.ph.
local N = 2000000

local counts = {}
local distinct = 0
local total = 0
for i = 0, N - 1 do
	local key = "k" .. (i % 5000)
	local line = key .. ":" .. i .. ";"
	total = total + #line
	local c = counts[key]
	if c ~= nil then
		counts[key] = c + (i % 100)
	else
		counts[key] = i % 100
		distinct = distinct + 1
	end
	if i % 1000 == 0 then
		local parts = {}
		for j = 0, 49 do
			parts[#parts + 1] = key .. j
		end
		total = total + #table.concat(parts, ",")
	end
end
local sum = 0
for k = 0, 4999 do
	sum = (sum + counts["k" .. k]) % 1000003
end
print(total .. " " .. distinct .. " " .. sum)
