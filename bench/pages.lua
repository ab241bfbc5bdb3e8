-- wrk script: the help center as readers use it: home pages, searches and articles in five languages.
local paths = {
  "/en/", "/vi/", "/ar/",
  "/en/search?q=put+a+caller+on+hold", "/vi/search?q=khong+vao+duoc+mang", "/nb/search?q=sette+innringer+p%C3%A5+vent",
  "/de/search?q=Kunde+Ticket", "/ar/search?q=%D8%A7%D9%84%D8%B9%D9%85%D9%8A%D9%84",
  "/en/articles/anatomy-of-an-interaction", "/vi/articles/five-things-tech-support-wont-tell-you",
  "/ar/articles/case-study-difficult-customer", "/de/articles/ten-ways-help-desk-techs-improve-service",
  "/en/guides/cant-get-online",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

dofile("bench/report.lua")
