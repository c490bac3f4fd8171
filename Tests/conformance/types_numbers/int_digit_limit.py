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
