-- Allocation: binary trees of depth 4..14 built and walked, many short
-- lived and one long lived (the benchmarks game's binary-trees). Same as
-- trees.java.
local function build(depth)
	if depth == 0 then
		return {}
	end
	return {build(depth - 1), build(depth - 1)}
end

local function check(t)
	if t[1] == nil then
		return 1
	end
	return 1 + check(t[1]) + check(t[2])
end

local maxDepth = 14
local longLived = build(maxDepth)
local nodes = 0
for depth = 4, maxDepth, 2 do
	local iterations = 1 << (maxDepth - depth + 6)
	local c = 0
	for _ = 1, iterations do
		c = c + check(build(depth))
	end
	if c ~= iterations * ((1 << (depth + 1)) - 1) then
		error("depth " .. depth .. " check " .. c)
	end
	print(iterations .. " trees of depth " .. depth .. " check " .. c)
	nodes = nodes + c
end
print("long lived " .. check(longLived) .. " total nodes " .. nodes)
