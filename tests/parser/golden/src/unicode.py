# unicode identifiers and strings
naïve = "café"
π = 3.14159
x = π * naïve  # comment é
日本 = "日本語"
def fünf(ä=1): return ä + 1
s = "😀" + "\U0001f600"
