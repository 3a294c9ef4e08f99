for t in ["1", "-1.5j", "(1+2j)", " ( 1-2j ) ", "1e3-2.5e-1j", "j", "-j", "+J", "1+j", "1-J", "inf+nanj", "-infj", "1.j", ".5j", "5.", "1_0+2_0j", "1e5j", "1E+5-1E-5J", "nan", "-0j", "0-0j",
          "1+", "j1", "1 + 2j", "", "(1", "1jj", "1)", "()", "1e", "1+2", "+", "1_", "(1+2j", "1+2j)", "((1))", "1.5.5j", "infinity-infinityj", "1__0"]:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), type(e).__name__, e)
for s in ["ﬃ ﬁx", "ǆemal ǉ", "ΣΑΣ ΟΔΟΣ", "ᾳ ᾀbc", "straße", "ŉ", "ǰ", "ΐ", "ქართული", "ıi İI", "Ꭰꭰ", "ΣΑΣ.", "aΣ", "ﬀ-ﬂ"]:
    print(s.title(), s.capitalize(), s.casefold(), s.upper(), s.lower(), s.swapcase())
print("ΣΑΣ".casefold(), "Straße".casefold(), "ﬁ".casefold(), "ᾳ".casefold(), "ẞ".casefold(), "İ".casefold(), "ς".casefold())
