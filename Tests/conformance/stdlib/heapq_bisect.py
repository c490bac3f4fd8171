# heapq and bisect.
import bisect
import heapq

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data[0], heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]), heapq.nlargest(1, ["bb", "a"], key=len))
print(heapq.heappushpop([3, 5], 1), heapq.heapreplace([3, 5], 1), list(heapq.merge([1, 4], [2, 3], [0])))
print(list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 3, lo=3), bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda t: t[0]))
try:
    bisect.bisect([], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
