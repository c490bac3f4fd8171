# A misspelt builtin is suggested from the builtins.
items = [3, 1, 2]
print(sorted(items))
print(lenn(items))
