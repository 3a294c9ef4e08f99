"""tspy's own `locale`, for the locales every system has: "C", "POSIX" and
"C.UTF-8" (others raise locale.Error as on a system without them). Number
formatting, parsing and collation follow the C locale's conventions."""
import os as _os
import sys as _sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES']

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


# glibc's categories, in the order of a composite LC_ALL name.
_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                   'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
                   'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_CATEGORY_INDEX = {LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3,
                   LC_MONETARY: 4, LC_MESSAGES: 5}
_AVAILABLE = {'c': None, 'posix': None, 'c.utf8': None, 'c.utf-8': None}


def _env_locale(category_name):
    for var in ('LC_ALL', category_name, 'LANG'):
        value = _environ_get(var)
        if value:
            return value
    return 'C'


def _environ_get(var):
    if var == 'LC_CTYPE' and _coerced:
        return 'C.UTF-8'
    return _os.environ.get(var)


_coerced = False


def _check(name):
    if name.lower() not in _AVAILABLE:
        raise Error('unsupported locale setting')
    return 'C' if name.upper() == 'POSIX' else name


# Python sets LC_CTYPE from the environment at start-up; the rest stay "C".
# A "C" (or unusable) locale is coerced to C.UTF-8 and turns on UTF-8 mode
# (PEP 538 and PEP 540).
_current = ['C'] * len(_CATEGORY_NAMES)
try:
    _current[0] = _check(_env_locale('LC_CTYPE'))
except Error:
    _current[0] = 'C'
_utf8_mode = _current[0] == 'C'
if _utf8_mode and not _os.environ.get('LC_ALL'):
    _coerced = True
    _current[0] = 'C.UTF-8'


def _all_name():
    if all(c == _current[0] for c in _current):
        return _current[0]
    return ';'.join('%s=%s' % pair for pair in zip(_CATEGORY_NAMES, _current))


def setlocale(category, locale=None):
    """Set the locale of category (or just return it when locale is None)."""
    if category == LC_ALL:
        index = None
    elif category in _CATEGORY_INDEX:
        index = _CATEGORY_INDEX[category]
    else:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if locale is None:
        return _all_name() if index is None else _current[index]
    if index is None:
        if locale == '':
            names = [_check(_env_locale(n)) for n in _CATEGORY_NAMES]
        elif ';' in locale:
            parts = dict(p.split('=', 1) for p in locale.split(';') if '=' in p)
            names = [_check(parts.get(n, _current[i])) for i, n in enumerate(_CATEGORY_NAMES)]
        else:
            names = [_check(locale)] * len(_CATEGORY_NAMES)
        _current[:] = names
        return _all_name()
    _current[index] = _check(_env_locale(_CATEGORY_NAMES[index]) if locale == '' else locale)
    return _current[index]


def resetlocale(category=LC_ALL):
    """Set category to the default from the environment (deprecated)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    setlocale(category, '')


_C_CONV = {
    'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
    'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '', 'negative_sign': '',
    'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX,
    'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
    'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
    'thousands_sep': '', 'grouping': [],
}


def localeconv():
    """The numeric and monetary conventions of the current locale."""
    conv = dict(_C_CONV)
    conv['mon_grouping'] = []
    conv['grouping'] = []
    return conv


def strcoll(a, b):
    """Compare two strings by the current locale's collation (code points)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        bad = a if not isinstance(a, _builtin_str) else b
        raise TypeError("strcoll() argument %d must be str, not %s"
                        % (1 if bad is a else 2, type(bad).__name__))
    return (a > b) - (a < b)


def strxfrm(string):
    """A string whose ordinary comparison matches strcoll."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point (and grouping when asked)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format one %-specifier; use format_string."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    import re
    m = re.match(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]', percent)
    if not m or len(m.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char format specifier, %s not valid") % repr(percent))
    return percent % ((value,) + additional if additional else value)


def currency(val, symbol=True, grouping=False, international=False):
    """Format val as money in the current locale (impossible in "C")."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return '%.*f' % (digits, abs(val))


def str(val):
    """Convert a float to a string like '%.12g' in the current locale."""
    return format_string('%.12g', val)


def delocalize(string):
    """Parse a localized number string into a plain one."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A plain number string in the locale's format."""
    return string


def atof(string, func=float):
    """Parse a localized float."""
    return func(delocalize(string))


def atoi(string):
    """Parse a localized integer."""
    return int(delocalize(string))


# A small part of the X11/glibc alias table behind normalize().
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1', 'en_au': 'en_AU.ISO8859-1',
    'en_in': 'en_IN.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'de_at': 'de_AT.ISO8859-1', 'de_ch': 'de_CH.ISO8859-1', 'fr': 'fr_FR.ISO8859-1',
    'fr_fr': 'fr_FR.ISO8859-1', 'fr_ca': 'fr_CA.ISO8859-1', 'fr_be': 'fr_BE.ISO8859-1',
    'es': 'es_ES.ISO8859-1', 'es_es': 'es_ES.ISO8859-1', 'es_mx': 'es_MX.ISO8859-1',
    'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1',
    'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1', 'pt_pt': 'pt_PT.ISO8859-1',
    'pt_br': 'pt_BR.ISO8859-1', 'sv': 'sv_SE.ISO8859-1', 'sv_se': 'sv_SE.ISO8859-1',
    'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1', 'fi': 'fi_FI.ISO8859-15',
    'no': 'no_NO.ISO8859-1', 'nb_no': 'nb_NO.ISO8859-1', 'pl': 'pl_PL.ISO8859-2',
    'pl_pl': 'pl_PL.ISO8859-2', 'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2',
    'hu': 'hu_HU.ISO8859-2', 'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8',
    'uk': 'uk_UA.KOI8-U', 'uk_ua': 'uk_UA.KOI8-U', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7',
    'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR', 'ko_kr': 'ko_KR.eucKR',
    'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5', 'zh_hk': 'zh_HK.big5hkscs',
    'he': 'he_IL.ISO8859-8', 'he_il': 'he_IL.ISO8859-8', 'ar': 'ar_AA.ISO8859-6',
    'hi_in': 'hi_IN.ISCII-DEV', 'th': 'th_TH.ISO8859-11', 'th_th': 'th_TH.ISO8859-11',
    'vi_vn': 'vi_VN.TCVN', 'id_id': 'id_ID.ISO8859-1', 'ro': 'ro_RO.ISO8859-2',
    'ro_ro': 'ro_RO.ISO8859-2', 'bg': 'bg_BG.CP1251', 'bg_bg': 'bg_BG.CP1251',
    'de_de@euro': 'de_DE.ISO8859-15', 'de_at@euro': 'de_AT.ISO8859-15',
    'fr_fr@euro': 'fr_FR.ISO8859-15', 'fr_be@euro': 'fr_BE.ISO8859-15',
    'es_es@euro': 'es_ES.ISO8859-15', 'it_it@euro': 'it_IT.ISO8859-15',
    'nl_nl@euro': 'nl_NL.ISO8859-15', 'fi_fi@euro': 'fi_FI.ISO8859-15',
    'pt_pt@euro': 'pt_PT.ISO8859-15',
}

_ENCODING_NAMES = {
    'utf8': 'UTF-8', 'utf': 'UTF-8', 'iso88591': 'ISO8859-1', 'latin1': 'ISO8859-1',
    'iso885915': 'ISO8859-15', 'latin9': 'ISO8859-15', 'iso88592': 'ISO8859-2',
    'ascii': 'ISO8859-1', 'usascii': 'ISO8859-1', 'eucjp': 'eucJP', 'euckr': 'eucKR',
    'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U', 'cp1251': 'CP1251', 'cp1252': 'CP1252',
    'gb2312': 'gb2312', 'gbk': 'GBK', 'big5': 'big5', 'gb18030': 'gb18030',
}


def _with_encoding(code, encoding):
    lang = code.split('.', 1)[0]
    key = encoding.lower().replace('-', '').replace('_', '')
    return lang + '.' + _ENCODING_NAMES.get(key, encoding)


def _with_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _with_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The canonical locale name for localename, e.g. 'en_US' -> 'en_US.ISO8859-1'."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    code, _, modifier = code.partition('@')
    lang, _, encoding = code.partition('.')
    lang_enc = lang
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    at = '@' + modifier if modifier else ''
    found = locale_alias.get(lang_enc + at)
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _with_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + at)
        if found is not None:
            if '@' not in found:
                return _with_encoding(found, encoding)
            found, mod = found.split('@', 1)
            return _with_encoding(found, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(lang)
            if found is not None and '@' not in found:
                return _with_modifier(_with_encoding(found, encoding), modifier)
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category's current setting."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment (deprecated)."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for var in envvars:
        name = _environ_get(var)
        if name:
            if var == 'LANGUAGE':
                name = name.split(':')[0]
            break
    else:
        name = 'C'
    return _parse_localename(name)


def getencoding():
    """The current locale encoding (LC_CTYPE's codeset)."""
    return nl_langinfo(CODESET)


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default."""
    if _utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    saved = _current[0]
    try:
        setlocale(LC_CTYPE, '')
    except Error:
        pass
    try:
        return getencoding()
    finally:
        _current[0] = saved


CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9,
 ABMON_10, ABMON_11, ABMON_12) = range(131086, 131098)
(MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9,
 MON_10, MON_11, MON_12) = range(131098, 131110)
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = range(131110, 131116)
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
CRNCYSTR = 262159
YESEXPR = 327680
NOEXPR = 327681

_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_LANGINFO = {
    CODESET: 'UTF-8', RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM',
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S',
    T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '',
    ERA_T_FMT: '', CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
}
for _i in range(7):
    _LANGINFO[DAY_1 + _i] = _DAYS[_i]
    _LANGINFO[ABDAY_1 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO[MON_1 + _i] = _MONTHS[_i]
    _LANGINFO[ABMON_1 + _i] = _MONTHS[_i][:3]
del _i


def nl_langinfo(key):
    """One item of the locale's information (C locale values)."""
    if key == CODESET:
        return 'ANSI_X3.4-1968' if _current[0] == 'C' else 'UTF-8'
    if key not in _LANGINFO:
        raise ValueError('unsupported langinfo constant')
    return _LANGINFO[key]
