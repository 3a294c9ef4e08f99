# A hook that raises: CPython prints "Error in sys.excepthook:", the hook's error,
# then "Original exception was:" and the original traceback; the status is 1.
import sys


def hook(etype, value, tb):
    print('in hook', etype.__name__)
    raise RuntimeError('hook failed')


sys.excepthook = hook
{}['missing']
