"""A struct-sequence type (a tuple with named fields, like os.stat_result)
for tspy's library modules written in Python."""


def make_structseq(module, name, fields):
    """Create the type module.name whose items are also the named fields."""

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)'
                            % (module, name, len(fields), len(items)))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return '%s.%s(%s)' % (module, name, ', '.join('%s=%r' % pair for pair in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))

    namespace = {
        '__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__, '__slots__': (),
        '__module__': module, '__match_args__': tuple(fields),
        'n_fields': len(fields), 'n_sequence_fields': len(fields), 'n_unnamed_fields': 0,
    }
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, i=index: tuple.__getitem__(self, i))
    return type(name, (tuple,), namespace)
