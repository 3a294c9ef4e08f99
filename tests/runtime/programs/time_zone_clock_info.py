import time
print(type(time.tzname), len(time.tzname), all(isinstance(n, str) and n for n in time.tzname))
print(time.timezone % 60, time.altzone % 60, time.daylight in (0, 1))
for c in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    print(time.get_clock_info(c))
try: time.get_clock_info('x')
except ValueError as e: print(e)
