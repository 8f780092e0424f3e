-- String building: a buffer of pieces appending numbers and characters,
-- cleared when it grows past 10000 chars after folding its characters into
-- a hash; then string concatenation and comparisons. Same as strings.java.
local parts, len = {}, 0
local total, hash, flushes = 0, 0, 0
local byte = string.byte
for i = 0, 3499999 do
	local piece = tostring(i) .. (i % 3 == 0 and ";" or ",")
	parts[#parts + 1] = piece
	len = len + #piece
	if len > 10000 then
		local s = table.concat(parts)
		for k = 1, #s, 7 do
			hash = (hash * 31 + byte(s, k)) % 1000003
		end
		total = total + #s
		flushes = flushes + 1
		parts, len = {}, 0
	end
end
total = total + len
local word = ""
local same = 0
for i = 0, 19999 do
	word = "w" .. (i % 100) .. "-" .. (i % 7)
	if word == "w42-0" then
		same = same + 1
	end
end
if total < 20000000 then
	error("total " .. total)
end
print("chars " .. total .. " flushes " .. flushes .. " hash " .. hash .. " same " .. same .. " last " .. word)
