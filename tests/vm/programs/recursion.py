import sys
def f(n):
    if n == 0: return 0
    return f(n - 1) + 1
print(f(990))
class A:
    def m(self, n):
        if n == 0: return 0
        return self.m(n - 1) + 1
print(A().m(990))
def g(n, k=1):
    if n == 0: return 0
    return g(n - 1, k=k) + 1
print(g(990))
def h(): return h()
try:
    h()
except RecursionError as e: print("RE", e)
