# casefold and the other case maps on characters with special (multi-character or irregular) mappings
chars = "ßẞﬁﬀﬃſµΣσςΐΰǰİıİǅǄǆKÅꭰᏸᏰﬅᾳᾼῳǈ" + "\u0345" + "ŉ"
for c in chars:
    print(ascii(c), ascii(c.casefold()), ascii(c.lower()), ascii(c.upper()), ascii(c.title()), ascii(c.swapcase()))
print("Straße".casefold() == "STRASSE".casefold(), "ﬁle".casefold() == "FILE".casefold(), "ΣΊΣΥΦΟΣ".casefold(), "ΣΊΣΥΦΟΣ".lower())
print("İstanbul".lower(), len("İ".lower()), "ǅemal".casefold(), "ꭰꭱ".casefold() == "ᎠᎡ".casefold(), "ᏸ".upper())
