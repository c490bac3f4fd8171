# A coroutine dropped without running only warns; the program goes on.
async def job():
    print("never printed")

def make():
    job()
    return "made"

print(make())
c = job()
c.close()
print("closed coroutines do not warn")
c = job()
del c
print("end")
