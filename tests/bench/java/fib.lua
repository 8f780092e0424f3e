-- Recursive calls: naive Fibonacci, fib(27) computed 100 times. Same
-- algorithm and output as fib.java.
local function fib(n)
	if n < 2 then
		return n
	end
	return fib(n - 1) + fib(n - 2)
end

local total = 0
for _ = 1, 100 do
	local f = fib(27)
	if f ~= 196418 then
		error("fib(27) = " .. f)
	end
	total = total + f
end
print("fib(27) x 100 = " .. total)
