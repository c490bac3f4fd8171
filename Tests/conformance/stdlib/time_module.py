# time: clocks (only monotonicity and types are printed), struct_time, formatting.
import time

t1 = time.monotonic(); t2 = time.monotonic()
print(t2 >= t1, type(time.time()).__name__, type(time.time_ns()).__name__, time.perf_counter_ns() > 0)
g = time.gmtime(86400 * 365)
print(g, g.tm_year, g[0], len(g), g.tm_zone)
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.asctime(g))
print(time.gmtime(0)[:6], time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strftime("%j %a %b", time.gmtime(10**9)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
time.sleep(0)
print(isinstance(time.timezone, int), time.get_clock_info("monotonic").monotonic)
