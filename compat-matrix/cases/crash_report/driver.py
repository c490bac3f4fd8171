import crashmod


def call_into_c():
    crashmod.crash()


call_into_c()
print("not reached")
