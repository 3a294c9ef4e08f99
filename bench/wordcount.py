"""Word frequencies over generated text: str.split, dict get/set, sorting by key, str methods."""
import sys


def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    out = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = words[x % len(words)]
        if x % 7 == 0:
            w = w.upper()
        out.append(w + str(x % 13))
    return " ".join(out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    text = make_text(n)
    counts = {}
    for word in text.split():
        key = word.lower().rstrip("0123456789")
        counts[key] = counts.get(key, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(len(text), len(counts))
    for word, c in top[:5]:
        print(f"{word:>8} {c}")


main()
