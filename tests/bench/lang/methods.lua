-- Method calls on objects: two classes sharing a base class, called through
-- a polymorphic loop. Same as methods.ph.
local N = 6000000

local Shape = {}
Shape.__index = Shape

function Shape.new(x, y)
	return setmetatable({x = x, y = y}, Shape)
end

function Shape:move(dx, dy)
	self.x = (self.x + dx) % 1000
	self.y = (self.y + dy) % 1000
end

function Shape:getX()
	return self.x
end

function Shape:getY()
	return self.y
end

local Rect = setmetatable({}, {__index = Shape})
Rect.__index = Rect

function Rect.new(x, y, w, h)
	local r = setmetatable(Shape.new(x, y), Rect)
	r.w = w
	r.h = h
	return r
end

function Rect:area()
	return self.w * self.h + self:getX()
end

local Circle = setmetatable({}, {__index = Shape})
Circle.__index = Circle

function Circle.new(x, y, r)
	local c = setmetatable(Shape.new(x, y), Circle)
	c.r = r
	return c
end

function Circle:area()
	return 3 * self.r * self.r + self:getY()
end

local shapes = {Rect.new(1, 2, 3, 4), Circle.new(5, 6, 7), Rect.new(8, 9, 10, 11), Circle.new(12, 13, 2)}
local sum = 0
for i = 0, N - 1 do
	local s = shapes[i % 4 + 1]
	s:move(i % 7, i % 11)
	sum = (sum + s:area()) % 1000003
end
print(sum)
