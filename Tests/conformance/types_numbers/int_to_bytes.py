# int.to_bytes with every option combination
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True), (255).to_bytes(1, 'big'))
print((0).to_bytes(0, 'big'), (5).to_bytes())
print((2**64).to_bytes(9, 'big'))
print((10**30).to_bytes(16, 'little', signed=False).hex())
print((-10**30).to_bytes(16, 'big', signed=True).hex())
for call in [lambda: (256).to_bytes(1, 'big'),
             lambda: (128).to_bytes(1, 'big', signed=True),
             lambda: (-1).to_bytes(1, 'big'),
             lambda: (-129).to_bytes(1, 'big', signed=True),
             lambda: (1).to_bytes(1, 'middle'),
             lambda: (1).to_bytes(-1, 'big'),
             lambda: (1).to_bytes(1, 5),
             lambda: (0).to_bytes(0, 'big', signed=True),
             lambda: (1).to_bytes(0, 'big')]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
