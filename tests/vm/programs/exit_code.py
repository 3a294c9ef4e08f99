import sys
print("before")
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code)
sys.exit(3)
