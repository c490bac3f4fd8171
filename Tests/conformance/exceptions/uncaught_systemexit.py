# SystemExit with a message prints it to stderr and exits 1; finally blocks run.
try:
    raise SystemExit("goodbye message")
finally:
    print("finally ran")
