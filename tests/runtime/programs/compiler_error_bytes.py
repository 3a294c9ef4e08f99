# A compile-time (not parser) SyntaxError: CPython counts its columns in UTF-8 bytes, so the caret lands
# two columns to the right of 'return' after the two accented letters.
'éé'; return 1
