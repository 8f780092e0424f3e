-- Floating point in arrays: the spectral norm of the infinite matrix
-- A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by power iteration over N = 1000 (the
-- benchmarks game's spectral-norm). Same as spectral.java.
local function a(i, j)
	local ij = i + j
	return 1.0 / (ij * (ij + 1) // 2 + i + 1)
end

local function mulAv(v, out, n)
	for i = 0, n - 1 do
		local s = 0.0
		for j = 0, n - 1 do
			s = s + a(i, j) * v[j]
		end
		out[i] = s
	end
end

local function mulAtv(v, out, n)
	for i = 0, n - 1 do
		local s = 0.0
		for j = 0, n - 1 do
			s = s + a(j, i) * v[j]
		end
		out[i] = s
	end
end

local function mulAtAv(v, out, tmp, n)
	mulAv(v, tmp, n)
	mulAtv(tmp, out, n)
end

local n = 1000
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do
	u[i], v[i], tmp[i] = 1.0, 0.0, 0.0
end
for _ = 1, 10 do
	mulAtAv(u, v, tmp, n)
	mulAtAv(v, u, tmp, n)
end
local vBv, vv = 0.0, 0.0
for i = 0, n - 1 do
	vBv = vBv + u[i] * v[i]
	vv = vv + v[i] * v[i]
end
local norm = math.sqrt(vBv / vv)
if math.abs(norm - 1.2742241) > 1e-6 then
	error("norm " .. norm)
end
print(string.format("spectral norm %.9f", norm))
