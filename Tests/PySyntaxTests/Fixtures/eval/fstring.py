f"{x!r}" "y"
