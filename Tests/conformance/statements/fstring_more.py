# More f-strings: nesting, quotes, multi-line, format specs from variables, errors.
items = ["a", "b"]
data = {"k": [1, 2]}
print(f"{len(items)} items: {', '.join(items)}")
print(f"{data['k'][1]} {data!r:>25}|")
print(f'''triple {
    1 + 2
} quoted''')
print(f"{'x':*^{len(items) + 5}}")
val = 12.3456
for spec in [".1f", "10.2e", "+08.2f", "<9"]:
    print(f"[{val:{spec}}]")
print(f"{val!s:>10}|{val!r:<10}|")
print(f"{3 > 2!r} {(lambda x: x * 2)(4)} {[i for i in range(3)]}")
print(f"{'{'}{'}'} {{{{ }}}}")
n = 5
print(f"{n=}, {n*2=}, {n:#x=}" if False else f"{n=}, {n*2=}")
print(f"{n = :>4}|{items[0]=!r}")
print(rf"raw\n{n}", fr"{n}\t")
print(f"{'nested ' f'{n}'}")
obj = type("O", (), {"attr": "value"})()
print(f"{obj.attr} {obj.attr.upper()!r:^12}|")
print(f"{None!s:5}|{True!s:^6}|{1.5!r:>5}")
date = (2024, 1, 5)
print(f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}")
width = 6
print(f"{'left':<{width}}|{'right':>{width}}|{'mid':^{width}}|")
print(f"{1_000_000:,d} {0.25:.0%} {255:08b} {-42:+06d}")
for src in ['f"{}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x:{y:{z}}}"', 'f"{!r}"', "f'{a b}'"]:
    try:
        compile(src, "<f>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)
