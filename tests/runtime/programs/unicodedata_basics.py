import unicodedata as ud
for ch in ['A', 'é', '1', '٣', '²', '½', '€', ' ', '\n', '中', '한', '\u0301', '\U0001d7d8', 'Ⅻ', '\ue000', '\u0378', '😀', '_', '(', '«']:
    print(repr(ch), ud.category(ch), ud.name(ch, '?'), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None), ud.mirrored(ch))
print(ud.lookup('LATIN SMALL LETTER E WITH ACUTE'), ud.lookup('snowman'), ud.unidata_version)
s = 'Crème Brûlée'
nfkd = ud.normalize('NFKD', s)
print(len(s), len(nfkd), ''.join(c for c in nfkd if ud.category(c) != 'Mn'))
print(ud.normalize('NFC', nfkd) == s, ud.is_normalized('NFC', s), ud.is_normalized('NFD', s), ud.normalize('NFKC', 'ﬁ①'))
for bad in [lambda: ud.name('\u0378'), lambda: ud.lookup('NO SUCH THING'), lambda: ud.decimal('a'), lambda: ud.category('ab'), lambda: ud.normalize('X', 'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sum(1 for cp in range(0x3000) if ud.category(chr(cp)) == 'Lu'), sum(1 for cp in range(0x10000) if ud.category(chr(cp)) == 'Cn'))
