# enum.IntEnum, Flag, IntFlag, StrEnum.
import enum

class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 2, Num.ONE < Num.TWO, repr(Num.ONE), str(Num.TWO), format(Num.TWO), int(Num.TWO))
print(sorted([Num.TWO, Num.ONE]), Num(2) is Num.TWO, Num.ONE == 1)
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw), rw & Perm.W)
print(~Perm.R, Perm(7))
class IP(enum.IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, IP.A | 4, repr(IP(3)), IP.B + 1)
class S(enum.StrEnum):
    X = "ex"
    Y = enum.auto()
print(S.X, S.Y, S.X.upper(), S.X == "ex")
print(enum.Enum.__name__, issubclass(Num, int), isinstance(IP.A, int))
