print("swallow")
