# the 4300-digit limit on int<->str conversion (sys.set_int_max_str_digits default)
import sys
print(sys.get_int_max_str_digits())
s = "1" * 4300
print(len(str(int(s))))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
big = 10 ** 4300
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    repr(-big)
except ValueError as e:
    print("ValueError", e)
try:
    f"{big}"
except ValueError as e:
    print("ValueError", e)
print(len(hex(big)) > 4300, big.bit_length())
print(int("f" * 5000, 16).bit_length())
print(len(str(10 ** 4299)))
for f in [lambda: format(big, 'd'), lambda: '%d' % big, lambda: format(big, ','), lambda: '{:>10}'.format(big),
          lambda: format(-big, 'n'), lambda: format(big, 'x')[:5], lambda: '%x' % big]:
    try:
        print(f()[:10])
    except ValueError as e:
        print("ValueError", e)
sys.set_int_max_str_digits(5000)
print(len(str(big)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)), int("7" * 6000) % 10)
