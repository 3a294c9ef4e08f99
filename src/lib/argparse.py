"""Command-line parsing (a subset of CPython 3.11's ``argparse``), tspy's own implementation.

Supported: ArgumentParser(prog, usage, description, epilog, prefix_chars,
add_help, exit_on_error, parents, argument_default), add_argument with
positional and optional arguments (short, long, ``--opt=value``, ``-fVALUE``,
combined short flags), actions store / store_const / store_true /
store_false / append / append_const / extend / count / help / version,
nargs (None, '?', '*', '+', N, REMAINDER), type, default, const, choices,
required, help (with %(default)s-style substitution), metavar, dest;
argument groups, mutually exclusive groups, subparsers (add_subparsers /
add_parser), parse_args / parse_known_args, Namespace, help and usage text
formatted like CPython's HelpFormatter (width from $COLUMNS, default 80),
errors printed as ``usage...`` + ``prog: error: ...`` with exit status 2.
Positional arguments are matched against all positional strings at once
(CPython matches them chunk by chunk between options, which only differs
for unusual interleavings). Not supported: fromfile_prefix_chars,
intermixed parsing, formatter_class other than the default (accepted and
ignored: RawDescriptionHelpFormatter / RawTextHelpFormatter /
ArgumentDefaultsHelpFormatter are honoured in their main effect).
"""

import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
           'MetavarTypeHelpFormatter', 'Namespace', 'Action',
           'BooleanOptionalAction', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER',
           'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class Namespace:
    """Simple object for storing attributes; repr lists them in insertion order."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        arg_strings = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                arg_strings.append('%s=%r' % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append('**%s' % repr(star_args))
        return '%s(%s)' % (type(self).__name__, ', '.join(arg_strings))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from converting a string to the argument's type."""


def _get_action_name(argument):
    if argument is None:
        return None
    elif argument.option_strings:
        return '/'.join(argument.option_strings)
    elif argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    elif argument.dest not in (None, SUPPRESS):
        return argument.dest
    elif argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


# ---------------------------------------------------------------- actions

class Action:
    """Information about one command-line argument and what to do with it."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar']
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(_StoreAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        text = version % dict(prog=parser.prog)
        parser._print_message(text + '\n', _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(_option_strings, dest, 0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        """Create and return the sub-parser for the command `name`."""
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            args = {'parser_name': parser_name,
                    'choices': ', '.join(map(repr, self._name_parser_map))}
            msg = 'unknown parser %(parser_name)r (choices: %(choices)s)' % args
            raise ArgumentError(self, msg)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'extend': _ExtendAction, 'count': _CountAction, 'help': _HelpAction,
    'version': _VersionAction, 'parsers': _SubParsersAction,
}


class FileType:
    """Factory for file objects: FileType('r')('name') opens the file ('-' = stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding, errors=self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


# ---------------------------------------------------------------- help formatting

def _terminal_width():
    try:
        return int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class HelpFormatter:
    """Formats usage and help text like CPython's HelpFormatter (wrapped to the terminal width)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width

    # -- pieces
    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            result = '%s' % get_metavar(1)
        elif action.nargs == OPTIONAL:
            result = '[%s]' % get_metavar(1)
        elif action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                result = '[%s [%s ...]]' % metavar
            else:
                result = '[%s ...]' % metavar
        elif action.nargs == ONE_OR_MORE:
            result = '%s [%s ...]' % get_metavar(2)
        elif action.nargs == REMAINDER:
            result = '...'
        elif action.nargs == PARSER:
            result = '%s ...' % get_metavar(1)
        elif action.nargs == SUPPRESS:
            result = ''
        else:
            formats = ['%s' for _ in range(action.nargs)]
            result = ' '.join(formats) % get_metavar(action.nargs)
        return result

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        parts = []
        if action.nargs == 0:
            parts.extend(action.option_strings)
        else:
            default = self._get_default_metavar_for_optional(action)
            args_string = self._format_args(action, default)
            for option_string in action.option_strings:
                parts.append('%s %s' % (option_string, args_string))
        return ', '.join(parts)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _split_lines(self, text, width):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    # -- usage
    def _usage_parts(self, actions, groups):
        opt_parts = []
        pos_parts = []
        group_of = {}
        for g in groups:
            for a in g._group_actions:
                group_of[a] = g
        done_groups = set()
        for action in actions:
            if action.help is SUPPRESS:
                continue
            g = group_of.get(action)
            if g is not None and id(g) not in done_groups and len(g._group_actions) > 1:
                done_groups.add(id(g))
                inner = []
                for a in g._group_actions:
                    if a.help is SUPPRESS:
                        continue
                    inner.append(self._usage_item(a, in_group=True))
                text = ' | '.join(inner)
                text = ('(%s)' if g.required else '[%s]') % text
                (opt_parts if action.option_strings else pos_parts).append(text)
                continue
            if g is not None and id(g) in done_groups:
                continue
            item = self._usage_item(action, in_group=False)
            if action.option_strings:
                opt_parts.append(item)
            elif item:
                pos_parts.append(item)
        return opt_parts, pos_parts

    def _usage_item(self, action, in_group):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part.startswith('[') and part.endswith(']'):
                part = part[1:-1]
            return part
        option_string = action.format_usage()
        if action.nargs == 0:
            part = option_string
        else:
            default = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (option_string, self._format_args(action, default))
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    def format_usage(self, usage, actions, groups, prefix='usage: '):
        """The usage text ('usage: prog [-h] ...\\n\\n')."""
        prog = self._prog
        if usage is not None:
            usage = usage % dict(prog=prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=prog)
        else:
            opt_parts, pos_parts = self._usage_parts(actions, groups)
            usage = ' '.join([s for s in [prog] + opt_parts + pos_parts if s])
            text_width = self._width
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = len(indent) - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            line_len = len(indent) - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    # -- sections
    def format_help(self, parser):
        """The complete help text of a parser."""
        actions = parser._actions
        # the invocation column is shared by every section
        inv_len = 0
        sections = []
        for group in parser._action_groups:
            items = [a for a in group._group_actions if a.help is not SUPPRESS]
            rows = []
            for a in items:
                inv = self._format_action_invocation(a)
                inv_len = max(inv_len, len(inv) + 2)
                rows.append((inv, a))
                if isinstance(a, _SubParsersAction):
                    for sub in a._get_subactions():
                        sinv = self._format_action_invocation(sub)
                        inv_len = max(inv_len, len(sinv) + 4)
                        rows.append(('  ' + sinv, sub))
            sections.append((group, rows))
        help_position = min(inv_len + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        out = [self.format_usage(parser.usage, actions, parser._mutually_exclusive_groups)]
        if parser.description:
            out.append(self._fill_text(parser.description, self._width, '') + '\n\n')
        for group, rows in sections:
            if not rows and not group.description:
                continue
            block = ['%s:\n' % group.title]
            if group.description:
                block.append(self._fill_text(group.description, max(self._width - 2, 11), '  ') + '\n\n')
            for inv, a in rows:
                indent = 2
                action_width = help_position - indent - 2
                if not a.help:
                    block.append('%*s%s\n' % (indent, '', inv))
                    continue
                if len(inv) <= action_width:
                    line = '%*s%-*s  ' % (indent, '', action_width, inv)
                    first = True
                else:
                    block.append('%*s%s\n' % (indent, '', inv))
                    line = None
                    first = False
                help_text = self._expand_help(a)
                help_lines = self._split_lines(help_text, help_width) or ['']
                if first:
                    block.append(line + help_lines[0] + '\n')
                    rest = help_lines[1:]
                else:
                    rest = help_lines
                for hl in rest:
                    block.append('%*s%s\n' % (help_position, '', hl))
            out.append(''.join(block) + '\n')
        if parser.epilog:
            out.append(self._fill_text(parser.epilog, self._width, '') + '\n')
        text = ''.join(out)
        text = _re.sub(r'\n\n\n+', '\n\n', text)
        return text.strip('\n') + '\n'


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog text as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: %(default)s)' to argument help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help:
            if action.default is not SUPPRESS:
                defaulting_nargs = [OPTIONAL, ZERO_OR_MORE]
                if action.option_strings or action.nargs in defaulting_nargs:
                    help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- groups and parser

class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def set_defaults(self, **kwargs):
        """Set attribute defaults (also for dests that have no argument)."""
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        """The default of the argument (or set_defaults entry) `dest`."""
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or add_argument(option_string, option_string, ..., name=value, ...)."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = self._registries.get('action', {}).get(action_name, action_name)
        if action_class is None or action_class in _ACTIONS:
            action_class = _ACTIONS[action_class]
        elif isinstance(action_class, str):
            raise ValueError('unknown action "%s"' % (action_class,))
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        """A titled group of arguments (its own section in the help)."""
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        """A group of which at most one argument (exactly one when required) may be given."""
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                conflicting = self._option_string_actions[option_string]
                raise ArgumentError(action, 'conflicting option string: %s' % option_string)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _re.match(r'^-\d+$|^-\d*\.\d+$', option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        super().__init__(description, container.prefix_chars,
                         container.argument_default, 'error')
        self.title = title
        self._group_actions = []
        self._container = container
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_ActionsContainer):
    """Parses command-line strings into a Namespace of attributes."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'python'
        if fromfile_prefix_chars is not None:
            raise NotImplementedError('argparse fromfile_prefix_chars is not supported by tspy')
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction) and self.add_help:
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        """Add the sub-command action; returns it (call .add_parser(name, ...) on it)."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter._prog = self.prog
            usage = formatter.format_usage(None, positionals, [], '')
            kwargs['prog'] = usage.strip()
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- output
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        """The usage text."""
        formatter = self._get_formatter()
        return formatter.format_usage(self.usage, self._actions, self._mutually_exclusive_groups).rstrip('\n') + '\n'

    def format_help(self):
        """The full help text."""
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        """Print the usage text (default: stdout)."""
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        """Print the help text (default: stdout)."""
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        """Print message to stderr and exit with status."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'prog: error: message' to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        args = {'prog': self.prog, 'message': message}
        self.exit(2, '%(prog)s: error: %(message)s\n' % args)

    # -- parsing
    def parse_args(self, args=None, namespace=None):
        """Parse args (default sys.argv[1:]) into a Namespace; unknown arguments are an error."""
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            msg = 'unrecognized arguments: %s'
            self.error(msg % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        """Parse what is known; return (namespace, list of the remaining strings)."""
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _looks_like_option(self, s):
        if not s or s[0] not in self.prefix_chars:
            return False
        if s in self._option_string_actions:
            return True
        if len(s) == 1:
            return False
        if '=' in s and s.split('=', 1)[0] in self._option_string_actions:
            return True
        if _re.match(r'^-\d+$|^-\d*\.\d+$', s) and not self._has_negative_number_optionals:
            return False
        if ' ' in s:
            return False
        return True

    def _match_option(self, s):
        """(action, option_string, explicit_arg) for an option-like string, or None."""
        if s in self._option_string_actions:
            return self._option_string_actions[s], s, None
        if '=' in s:
            opt, arg = s.split('=', 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, arg
        if len(s) > 2 and s[1] not in self.prefix_chars:
            short = s[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, s[2:]
        if self.allow_abbrev and s.startswith(self.prefix_chars[0] * 2):
            opt = s.split('=', 1)[0]
            matches = [o for o in self._option_string_actions if o.startswith(opt) and len(o) > 2 and o[1] in self.prefix_chars]
            if len(matches) > 1:
                options = ', '.join(matches)
                raise ArgumentError(None, 'ambiguous option: %s could match %s' % (opt, options))
            if len(matches) == 1:
                arg = s.split('=', 1)[1] if '=' in s else None
                return self._option_string_actions[matches[0]], matches[0], arg
        return None

    def _parse_known_args(self, arg_strings, namespace):
        extras = []
        seen_actions = set()
        seen_non_default = set()
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, a in enumerate(group._group_actions):
                conflicts.setdefault(a, []).extend(group._group_actions[:i])
                conflicts[a].extend(group._group_actions[i + 1:])

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default.add(action)
                for conflict_action in conflicts.get(action, []):
                    if conflict_action in seen_non_default:
                        msg = 'not allowed with argument %s'
                        raise ArgumentError(action, msg % _get_action_name(conflict_action))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        # classify the strings: O = option, A = argument, - = '--' (CPython's pattern string)
        option_indices = {}
        pattern = []
        it = iter(arg_strings)
        for k, s in enumerate(it):
            if s == '--':
                pattern.append('-')
                for _ in it:
                    pattern.append('A')
                break
            if self._looks_like_option(s):
                match = self._match_option(s)
                if match is None:
                    pattern.append('O')
                    option_indices[k] = None
                else:
                    pattern.append('O')
                    option_indices[k] = match
            else:
                pattern.append('A')
        pattern = ''.join(pattern)
        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            positionals[:] = positionals[len(counts):]
            return start

        def consume_optional(start):
            match = option_indices[start]
            s = arg_strings[start]
            if match is None:
                extras.append(s)
                return start + 1
            action, option_string, explicit_arg = match
            i = start + 1
            if explicit_arg is not None:
                if action.nargs == 0:
                    if s[1] not in self.prefix_chars and '=' not in s:
                        take_action(action, [], option_string)
                        rest = explicit_arg
                        while rest:
                            flag = self.prefix_chars[0] + rest[0]
                            if flag not in self._option_string_actions:
                                raise ArgumentError(action, 'ignored explicit argument %r' % rest)
                            a2 = self._option_string_actions[flag]
                            if a2.nargs == 0:
                                take_action(a2, [], flag)
                                rest = rest[1:]
                            else:
                                if rest[1:]:
                                    take_action(a2, [rest[1:]], flag)
                                else:
                                    vals, i = self._consume(a2, arg_strings, pattern, i)
                                    take_action(a2, vals, flag)
                                rest = ''
                        return i
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                if action.nargs in (None, OPTIONAL, 1, ZERO_OR_MORE, ONE_OR_MORE):
                    take_action(action, [explicit_arg], option_string)
                    return i
                raise ArgumentError(action, 'expected %s arguments' % action.nargs)
            values, i = self._consume(action, arg_strings, pattern, i)
            take_action(action, values, option_string)
            return i

        start = 0
        max_option = max(option_indices) if option_indices else -1
        while start <= max_option:
            next_option = min(k for k in option_indices if k >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                else:
                    if (action.default is not None and isinstance(action.default, str)
                            and hasattr(namespace, action.dest)
                            and action.default is getattr(namespace, action.dest)):
                        setattr(namespace, action.dest, self._get_value(action, action.default))
        # CPython 3.11 reports these through error() even when exit_on_error is false
        if required_actions:
            self.error('the following arguments are required: %s' %
                       ', '.join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default:
                        break
                else:
                    names = [_get_action_name(action) for action in group._group_actions
                             if action.help is not SUPPRESS]
                    msg = 'one of the arguments %s is required'
                    self.error(msg % ' '.join(names))
        return namespace, extras

    def _consume(self, action, arg_strings, pattern, i):
        nargs = action.nargs
        j = i
        while j < len(pattern) and pattern[j] == 'A':
            j += 1
        avail = arg_strings[i:j]
        if nargs is None:
            if not avail:
                raise ArgumentError(action, 'expected one argument')
            return [avail[0]], i + 1
        if nargs == 0:
            return [], i
        if nargs == OPTIONAL:
            return avail[:1], i + len(avail[:1])
        if nargs == ZERO_OR_MORE:
            return avail, j
        if nargs == ONE_OR_MORE:
            if not avail:
                raise ArgumentError(action, 'expected at least one argument')
            return avail, j
        if nargs == REMAINDER:
            return list(arg_strings[i:]), len(arg_strings)
        if isinstance(nargs, int):
            if len(avail) < nargs:
                raise ArgumentError(action, 'expected %s argument%s' % (nargs, 's' if nargs != 1 else ''))
            return avail[:nargs], i + nargs
        raise ValueError('invalid nargs value')

    @staticmethod
    def _nargs_pattern(action):
        nargs = action.nargs
        if nargs is None:
            return '(-*A-*)'
        if nargs == OPTIONAL:
            return '(-*A?-*)'
        if nargs == ZERO_OR_MORE:
            return '(-*[A-]*)'
        if nargs == ONE_OR_MORE:
            return '(-*A[A-]*)'
        if nargs == REMAINDER:
            return '([-AO]*)'
        if nargs == PARSER:
            return '(-*A[-AO]*)'
        if nargs == SUPPRESS:
            return '(-*-*)'
        return '(-*%s-*)' % '-*'.join('A' * nargs)

    def _match_partial(self, actions, pattern):
        """Argument counts for as many leading positional actions as match (CPython's partial match)."""
        for i in range(len(actions), 0, -1):
            regex = ''.join(self._nargs_pattern(a) for a in actions[:i])
            m = _re.match(regex, pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER]:
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and
              not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        elif action.nargs == 0:
            value = action.const if action.option_strings else arg_strings
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            msg = str(err)
            raise ArgumentError(action, msg)
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            args = {'type': name, 'value': arg_string}
            msg = 'invalid %(type)s value: %(value)r'
            raise ArgumentError(action, msg % args)
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value,
                    'choices': ', '.join(map(repr, action.choices))}
            msg = 'invalid choice: %(value)r (choose from %(choices)s)'
            raise ArgumentError(action, msg % args)
