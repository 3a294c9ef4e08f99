# str case predicates use Unicode's Uppercase/Lowercase/Cased properties and
# titlecase (Lt) letters are neither upper nor lower.
s = 'ǅǈaAªⒶⓐᾈ ᵃ ℹ Ⅰ ⅰ ß Σ'
for c in s:
    print(ascii(c), c.isupper(), c.islower(), c.istitle(), ascii(c.swapcase()))
print('ǅa'.istitle(), 'Ⓐⓐ'.istitle(), 'ⓐ'.islower(), 'Ⅰ'.isupper(), 'ǅ'.isupper(), 'ǅ'.islower())
print(ascii('ⓐb ǆx ǅy'.title()), ascii('Hello ǅ World'.swapcase()))
