# sys.exit(msg) writes msg to sys.stderr, so a replaced sys.stderr swallows it (status 1).
import io
import sys

print("start")
sys.stderr = io.StringIO()
sys.exit("bye")
