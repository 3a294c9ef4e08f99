import logging

logging.getLogger('early').warning('no handlers yet: bare message %d', 1)
logging.getLogger('early').info('not shown')
logging.debug('not shown')
logging.warning('root default %s', 'format')
logging.error('an error')
print('stdout line')
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('failed')
log = logging.getLogger('app.sub')
log.warning('child propagates to root')
log.critical('crit %(x)s', {'x': 5})
