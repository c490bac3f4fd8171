# Smoke test of the idna wheel (pure Python): IDNA 2008 encoding and decoding with its large
# Unicode tables, UTS 46 mapping, the codec, and errors.
import idna
import idna.codec

for name in ['ドメイン.テスト', 'straße.de', 'пример.испытание', 'xn--eckwd4c7c.xn--zckzah', 'ascii.example']:
    try:
        enc = idna.encode(name, uts46=True)
        print(name, '->', enc, idna.decode(enc))
    except idna.IDNAError as e:
        print(name, '->', type(e).__name__, e)
for bad in ['a..b', '-leading.com', 'x' * 64 + '.com', '\u0660\u06f0.com']:
    try:
        print(bad[:20], '->', idna.encode(bad))
    except idna.IDNAError as e:
        print(bad[:20], '->', type(e).__name__, e)
print('uts46 ->', idna.uts46_remap('Königsgäßchen.DE'))
print('codec ->', 'bücher.example'.encode('idna2008'), b'xn--bcher-kva.example'.decode('idna2008'))
print('check_label ->', idna.valid_label_length('a' * 63), idna.valid_label_length('a' * 64))
