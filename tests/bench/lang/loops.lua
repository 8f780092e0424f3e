-- Integer loops: nested counting loops with arithmetic and bit operations,
-- kept below 2^31 so that 32-bit and 64-bit integers agree. Same as loops.ph.
local N = 40000

local sum = 0
local bits = 0
for i = 0, N - 1 do
	for j = 0, 999 do
		sum = (sum + i * j + (i & j)) % 1000003
		bits = (bits ~ ((i * 31 + j) & 65535)) + 1
	end
	bits = bits & 1048575
end
print(sum .. " " .. bits)
