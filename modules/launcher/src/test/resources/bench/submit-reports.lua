-- wrk script of the feedback benchmark: each request submits one report through the REST API,
-- from its own citizen's address behind the trusted proxy (X-Forwarded-For), so the flood rules
-- keep their defaults. FeedbackBenchmark puts a table "problems" of report texts before this.
-- Arguments after "--": the first address number (each run of wrk uses fresh addresses).
local threads = 0

function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

function init(args)
  n = tonumber(args[1]) + thread_number * 1000000
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n + 1
  local problem = problems[n % #problems + 1]
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  return wrk.format(nil, nil, nil, '{"category":"GIAO_THONG","title":"' .. problem.title .. '","description":"Người dân phản ánh tình trạng '
    .. problem.text .. ' đã kéo dài nhiều ngày, đề nghị xử lý sớm.","anonymous":true,"consentToPublish":true,'
    .. '"latitude":21.18,"longitude":106.07}')
end
