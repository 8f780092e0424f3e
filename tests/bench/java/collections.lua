-- Collections: a table counting keys drawn from an LCG, a list filled,
-- scanned and shrunk, and a FIFO queue. Same as collections.java.
local draws = 1000000
local x = 12345
local counts = {}
local size = 0
for _ = 1, draws do
	x = (x * 1103515245 + 12345) & 0x7fffffff
	local key = x % 100000
	local old = counts[key]
	if old == nil then
		size = size + 1
		counts[key] = 1
	else
		counts[key] = old + 1
	end
end
local check, seen = 0, 0
for k = 0, 99999 do
	local c = counts[k]
	if c ~= nil then
		seen = seen + c
		check = (check * 31 + k * c) % 1000003
	end
end
local list = {}
for i = 0, 599999 do
	list[#list + 1] = (i * 7) % 1000
end
local listSum = 0
for _ = 1, 5 do
	for i = 1, #list do
		listSum = listSum + list[i]
	end
end
while #list > 1000 do
	list[#list] = nil
end
local q, head, tail = {}, 1, 0
local qsum = 0
for i = 0, 599999 do
	tail = tail + 1
	q[tail] = i
	if tail - head + 1 > 100 then
		qsum = qsum + q[head]
		q[head] = nil
		head = head + 1
	end
end
if seen ~= draws or #list ~= 1000 or tail - head + 1 ~= 100 then
	error("counted " .. seen .. ", list " .. #list .. ", queue " .. (tail - head + 1))
end
print("keys " .. size .. " check " .. check .. " list " .. listSum .. " queue " .. qsum)
