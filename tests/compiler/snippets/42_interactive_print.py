import sys
print("hello", file=sys.stderr)
sys.exit(0)
