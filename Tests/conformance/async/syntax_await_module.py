# await at module level is a syntax error.
print("not reached")
await something()
