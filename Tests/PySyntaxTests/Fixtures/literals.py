0
1
123456789012345678901234567890
0x1F
0XdeadBEEF_CAFE
0o777
0b1010_1010
1_000_000
00
1.5
.5
5.
1e10
1E-5
1.5e+300
1e400
0.0001
0.00001
1e16
1e15
123.456e7
3j
1.5J
1e20j
0j
None
True
False
...
'single'
"double"
'it''s'
"it's"
'say "hi"'
'both \' and "'
'''triple
quoted'''
"""also
triple"""
'a' 'b' "c"
'esc \n \t \r \\ \' \" \a \b \f \v \0 \x41 \101 \u00e9 \U0001F600 \N{BULLET} \q'
r'raw \n \d'
R"raw"
u'unicode'
U"up"
b'bytes \x00 \xff \n'
B"B"
rb'raw\n'
Br'raw'
bR"x"
b'a' b'b'
'é€😀'
'\x7f\x80\xa0\u200b'
'line \
continued'
-1
+2.5
~3
