-- Recursive calls: naive Fibonacci. Same algorithm as fib.ph.
local N = 36

local function fib(n)
	if n < 2 then
		return n
	end
	return fib(n - 1) + fib(n - 2)
end

print(fib(N))
