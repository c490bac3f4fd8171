# Custom sequences receive indices as written (no automatic adjustment).
class S:
    def __getitem__(self, i):
        return ('got', i)
    def __len__(self):
        return 3
s = S()
print(s[-1], s[5], s[-10])
print(s[1:-1], s[:], s[::-1])
x = s[0:2]
print(x[1].start, x[1].stop, x[1].step)
