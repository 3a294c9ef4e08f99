# With a raised recursion limit, the uncaught traceback keeps only the newest 1000 entries.
import sys
sys.setrecursionlimit(1500)
def down(n):
    return down(n + 1)
down(0)
