-- Allocation of object trees: binary trees built and walked. Same as alloc.ph.
local MAX_DEPTH = 14

local Node = {}
Node.__index = Node

function Node.new(left, right)
	return setmetatable({left = left, right = right}, Node)
end

function Node:check()
	if self.left == nil then
		return 1
	end
	return 1 + self.left:check() + self.right:check()
end

local function build(depth)
	if depth == 0 then
		return Node.new(nil, nil)
	end
	return Node.new(build(depth - 1), build(depth - 1))
end

local total = 0
local longLived = build(MAX_DEPTH)
for depth = 4, MAX_DEPTH, 2 do
	local iterations = 1 << (MAX_DEPTH - depth + 4)
	local check = 0
	for i = 1, iterations do
		check = check + build(depth):check()
	end
	total = (total + check) % 1000003
end
total = (total + longLived:check()) % 1000003
print(total)
