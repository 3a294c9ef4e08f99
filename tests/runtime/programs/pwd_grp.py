import pwd, grp, os
p = pwd.getpwuid(0); print(p, type(p).__module__, type(p).__name__, p[0], p.pw_dir, len(pwd.getpwall()) > 0, pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, p[2:4], isinstance(p, tuple))
print(grp.getgrgid(0), grp.getgrnam('root').gr_mem, type(grp.getgrgid(0)).__name__, pwd.getpwnam('root') == p)
for f, a in [(pwd.getpwnam, 'nosuchuser'), (pwd.getpwuid, 99999), (grp.getgrnam, 'nosuch'), (grp.getgrgid, 99999), (pwd.getpwuid, -5)]:
    try: f(a)
    except KeyError as e: print(repr(e))
try: pwd.getpwuid('x')
except TypeError as e: print(e)
print(pwd.getpwuid(os.getuid()).pw_name, [e.pw_name for e in pwd.getpwall()][:3], len(grp.getgrall()) == len(open('/etc/group').readlines()))
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))
name, _, uid, *rest = pwd.getpwnam('root'); print(name, uid, rest[-1])
