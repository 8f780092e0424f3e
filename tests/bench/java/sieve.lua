-- Arrays and loops: the sieve of Eratosthenes up to 2,000,000, run 10
-- times, counting the primes and summing them. Same as sieve.java.
local n = 2000000
local count, sum = 0, 0
for _ = 1, 10 do
	local composite = {}
	for i = 1, n do
		composite[i] = false
	end
	count, sum = 0, 0
	for i = 2, n do
		if not composite[i] then
			count = count + 1
			sum = sum + i
			for j = i * 2, n, i do
				composite[j] = true
			end
		end
	end
end
if count ~= 148933 then
	error("primes below 2M: " .. count)
end
print("primes " .. count .. " sum " .. sum)
