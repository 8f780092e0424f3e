-- Virtual calls through an "interface": three classes with area/move and a
-- shared score method, called in a loop through an array. Same as
-- calls.java.
local Rect, Circle, Tri = {}, {}, {}
Rect.__index, Circle.__index, Tri.__index = Rect, Circle, Tri

local function score(self, k)
	return self:area() + k
end
Rect.score, Circle.score, Tri.score = score, score, score

function Rect.new(x, y, w, h)
	return setmetatable({x = x, y = y, w = w, h = h}, Rect)
end
function Rect:area()
	return self.w * self.h + self.x
end
function Rect:move(dx, dy)
	self.x = (self.x + dx) % 1000
	self.y = (self.y + dy) % 1000
end

function Circle.new(x, y, r)
	return setmetatable({x = x, y = y, r = r}, Circle)
end
function Circle:area()
	return 3 * self.r * self.r + self.y
end
function Circle:move(dx, dy)
	self.x = (self.x + dy) % 1000
	self.y = (self.y + dx) % 1000
end

function Tri.new(x, y, b, h)
	return setmetatable({x = x, y = y, b = b, h = h}, Tri)
end
function Tri:area()
	return self.b * self.h // 2 + self.x + self.y
end
function Tri:move(dx, dy)
	self.x = (self.x + dx + 1) % 1000
	self.y = (self.y + 2 * dy) % 1000
end

local shapes = {Rect.new(1, 2, 3, 4), Circle.new(5, 6, 7), Tri.new(8, 9, 10, 11), Rect.new(12, 13, 2, 2), Circle.new(14, 15, 1)}
local n = 8000000
local sum = 0
for i = 0, n - 1 do
	local s = shapes[i % 5 + 1]
	s:move(i % 7, i % 11)
	sum = (sum + s:score(i % 3)) % 1000003
end
if sum < 0 or sum >= 1000003 then
	error("sum out of range " .. sum)
end
print("calls " .. n .. " checksum " .. sum)
