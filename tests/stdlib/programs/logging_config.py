import logging
import sys
import io

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s')
logging.debug('hello %s', 'world')


def work():
    logging.info('inside work')
    logging.log(25, 'custom level')


work()
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'named level')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(33))
root = logging.getLogger()
print(root, root is logging.root, root.level, root.handlers)
a = logging.getLogger('a')
ab = logging.getLogger('a.b')
abc = logging.getLogger('a.b.c')
print(a, ab.parent is a, abc.parent is ab, a.parent is root, a.getChild('b') is ab)
x = logging.getLogger('x.y.z')
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root)
a.setLevel('WARNING')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc)
abc.info('suppressed')
abc.warning('through a')
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
h.setLevel(logging.ERROR)
a.addHandler(h)
ab.error('to both')
ab.warning('only root')
a.propagate = False
ab.error('only buf')
print(repr(buf.getvalue()))
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('$levelname - $message', style='$'))
t = logging.getLogger('tmpl')
t.addHandler(h2)
t.propagate = False
t.warning('dollar style')


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


t.addFilter(OnlyOdd())
for i in range(4):
    t.warning('n=%d', i)
t.filters.clear()
h2.addFilter(lambda r: 'keep' in r.getMessage())
t.warning('drop me')
t.warning('keep me')
adapter = logging.LoggerAdapter(logging.getLogger('adapted'), {'user': 'bob'})
h3 = logging.StreamHandler(sys.stdout)
h3.setFormatter(logging.Formatter('%(user)s: %(message)s'))
adapter.logger.addHandler(h3)
adapter.logger.propagate = False
adapter.warning('with extra')
logging.getLogger('extra').warning('msg', extra={'user': 'x'})
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'created': 0.5, 'msecs': 500.0})
print(f.format(rec)[4:], rec.getMessage())
f2 = logging.Formatter('%(asctime)s|%(message)s')
s = f2.format(rec)
print(len(s.split('|')[0]), s.split('|')[0][-4:])
r2 = logging.LogRecord('n', logging.INFO, '/p/mod.py', 3, 'm %s %s', (1, 2), None)
print(r2.name, r2.levelname, r2.filename, r2.module, r2.getMessage(), r2)
for bad in ('%(foo)', '{', 'plain'):
    try:
        logging.Formatter(bad, style='%' if bad != '{' else '{')
        print('ok', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    logging.getLogger().setLevel('LOUD')
except ValueError as e:
    print(e)
try:
    ex = ValueError('boom')
    raise ex
except ValueError:
    logging.getLogger().error('with exc_info', exc_info=True)
logging.getLogger().error('exc object', exc_info=ex)
logging.disable(logging.ERROR)
logging.error('disabled')
logging.critical('still on')
logging.disable(logging.NOTSET)
logging.basicConfig(level=logging.ERROR)
print(logging.getLogger().level)
logging.basicConfig(stream=sys.stdout, format='forced: %(message)s', force=True)
logging.warning('after force')
print(logging.NullHandler(), h, logging.getLevelNamesMapping()['WARN'])
