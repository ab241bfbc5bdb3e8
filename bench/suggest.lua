-- wrk script: GET /api/suggest as people type, prefixes of growing length in five languages.
local queries = {
  "q=an&lang=en", "q=anat&lang=en", "q=inter&lang=en",
  "q=tuong&lang=vi", "q=c%E1%BA%A5u+tr&lang=vi", "q=ho+tro&lang=vi",
  "q=telefon&lang=nb", "q=bruker&lang=nb",
  "q=helpd&lang=de", "q=tech&lang=de",
  "q=%D8%AF%D8%B1%D8%A7&lang=ar",
  "q=the&lang=en", "q=su&lang=en",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/suggest?" .. queries[(counter % #queries) + 1])
end

dofile("bench/report.lua")
