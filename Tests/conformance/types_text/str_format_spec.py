# format() of strings: fill, alignment, width, precision
s = "héllo"
for spec in ["", "10", "<10", ">10", "^10", "*^11", ".2", "10.3", "-<7", "s", "^", "0>8", "=^9.1"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(f"{'ab':_>4}"), repr("{:!^5}".format("x")), repr(format("日本", "^6")))
for bad in ["d", "+", "=10", ",", "#"]:
    try:
        format("x", bad)
    except ValueError as e:
        print("ValueError", e)
