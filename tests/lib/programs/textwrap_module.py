import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4 + "Supercalifragilisticexpialidocious-words and well-known e-mail addresses -- em-dashes too."
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello   world,  this is a long sentence", width=25))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hello  world!", width=10, placeholder="..."))
print(repr(textwrap.dedent("""
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   \n  x\n   y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j", 5), textwrap.wrap("tab\there", 10), textwrap.wrap("", 10))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 7), textwrap.wrap("abcdefghij xyz", 4, break_long_words=False))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" ...")
print(w.wrap(s))
print(textwrap.fill("Hello there.  How are you? Fine.", 15, fix_sentence_endings=True))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
