"""Helpers of tspy's own `unittest`: short reprs for failure messages and
element-count differences."""
from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, keep_head, keep_tail):
    skipped = len(s) - keep_head - keep_tail
    if skipped > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_head], skipped, s[len(s) - keep_tail:])
    return s


def _common_shorten_repr(*args):
    """The reprs of args, shortened together around their common prefix."""
    reprs = tuple(map(safe_repr, args))
    longest = max(map(len, reprs))
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = commonprefix(reprs)
    cut = len(prefix)
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[cut:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__; truncated when short."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(missing, unexpected) items of two sorted lists, duplicates ignored."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            while i < len(expected) and expected[i] == e:
                i += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(missing, unexpected) for unhashable, unorderable items; consumes both."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x <, == or > y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    # (count in actual, count in expected, item) where they differ, for any items.
    left, right = list(actual), list(expected)
    used_left = [False] * len(left)
    used_right = [False] * len(right)
    result = []
    for i, item in enumerate(left):
        if used_left[i]:
            continue
        n_left = 0
        for k in range(i, len(left)):
            if not used_left[k] and left[k] == item:
                n_left += 1
                used_left[k] = True
        n_right = 0
        for k, other in enumerate(right):
            if not used_right[k] and other == item:
                n_right += 1
                used_right[k] = True
        if n_left != n_right:
            result.append(_Mismatch(n_left, n_right, item))
    for i, item in enumerate(right):
        if used_right[i]:
            continue
        n_right = 0
        for k in range(i, len(right)):
            if not used_right[k] and right[k] == item:
                n_right += 1
                used_right[k] = True
        result.append(_Mismatch(0, n_right, item))
    return result


def _count_diff_hashable(actual, expected):
    # The same for hashable items.
    left, right = Counter(actual), Counter(expected)
    result = [_Mismatch(n, right.get(item, 0), item) for item, n in left.items() if n != right.get(item, 0)]
    result.extend(_Mismatch(0, n, item) for item, n in right.items() if item not in left)
    return result
