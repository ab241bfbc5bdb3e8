-- wrk script: GET /api/search with queries as agents and readers type them, in all five
-- languages, round robin per connection.
local queries = {
  "q=how+to+greet+a+caller&lang=en",
  "q=ket+thuc+tuong+tac+tich+cuc&lang=vi",
  "q=h%E1%BB%97+tr%E1%BB%A3+k%E1%BB%B9+thu%E1%BA%ADt&lang=vi",
  "q=sette+innringeren+p%C3%A5+vent&lang=nb",
  "q=Ticket-Notiz+lesen&lang=de",
  "q=%D8%A7%D9%84%D8%B9%D9%85%D9%8A%D9%84+%D8%A7%D9%84%D8%B5%D8%B9%D8%A8&lang=ar",
  "q=escalate+ticket+supervisor&lang=en",
  "q=telefonferdigheter&lang=nb",
}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/search?" .. queries[(counter % #queries) + 1])
end

dofile("bench/report.lua")
