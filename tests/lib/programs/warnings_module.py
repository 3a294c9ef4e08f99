# needs: "import sys\nassert sys._getframe(0).f_lineno == 2"
import sys
class Out:
    # warnings go to stdout with this file's directory shown as '.'
    prefix = __file__.rpartition("/")[0]
    def write(self, s):
        sys.stdout.write(s.replace(self.prefix, "."))
sys.stderr = Out()
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
warnings.warn("careful")
for i in range(3):
    warnings.warn("in a loop", RuntimeWarning)
old()
warnings.warn(UserWarning("instance message"))
warnings.simplefilter("ignore", RuntimeWarning)
warnings.warn("ignored", RuntimeWarning)
warnings.filterwarnings("error", message="boom.*")
try:
    warnings.warn("boom now")
except UserWarning as e:
    print("raised:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", SyntaxWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
warnings.warn("after catch", FutureWarning)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line text"), end="")
class MyWarning(UserWarning):
    pass
warnings.warn("custom", MyWarning)
warnings.resetwarnings()
warnings.warn("after reset", DeprecationWarning)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
print("done")
