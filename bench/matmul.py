"""Dense matrix multiply on lists of float lists: nested loops, indexing, float multiply-add."""
import sys


def matrix(n, seed):
    return [[((i * n + j + seed) % 17) / 7.0 for j in range(n)] for i in range(n)]


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    bt = [[b[k][j] for k in range(len(b))] for j in range(m)]
    result = []
    for row in a:
        out = []
        for col in bt:
            s = 0.0
            for k in range(n):
                s += row[k] * col[k]
            out.append(s)
        result.append(out)
    return result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 75
    c = matmul(matrix(n, 1), matrix(n, 2))
    trace = sum(c[i][i] for i in range(n))
    print("n=%d trace=%.6f corner=%.6f" % (n, trace, c[n - 1][0]))


main()
