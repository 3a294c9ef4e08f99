"""Shell-like lexing: tspy's own `shlex` (split, quote, join; POSIX rules)."""

import re

__all__ = ['split', 'quote', 'join']

_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from split_command."""
    return ' '.join(quote(arg) for arg in split_command)


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax (quotes, backslashes, comments)."""
    if s is None:
        raise ValueError('s argument must not be None')
    tokens = []
    token = ''
    have_token = False
    i = 0
    n = len(s)
    whitespace = ' \t\r\n'
    while i < n:
        c = s[i]
        if c in whitespace:
            if have_token:
                tokens.append(token)
                token = ''
                have_token = False
            i += 1
        elif comments and c == '#' and not have_token:
            while i < n and s[i] != '\n':
                i += 1
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError('No closing quotation')
            token += s[i + 1:j] if posix else s[i:j + 1]
            have_token = True
            i = j + 1
        elif c == '"':
            i += 1
            part = '' if posix else '"'
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                ch = s[i]
                if ch == '"':
                    i += 1
                    break
                if ch == '\\' and posix and i + 1 < n and s[i + 1] in '"\\$`\n':
                    part += s[i + 1]
                    i += 2
                    continue
                part += ch
                i += 1
            token += part if posix else part + '"'
            have_token = True
        elif c == '\\' and posix:
            if i + 1 >= n:
                raise ValueError('No escaped character')
            if s[i + 1] != '\n':
                token += s[i + 1]
            have_token = True
            i += 2
        else:
            token += c
            have_token = True
            i += 1
    if have_token:
        tokens.append(token)
    return tokens
