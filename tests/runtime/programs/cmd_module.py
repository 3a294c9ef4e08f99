import cmd, io, sys
class Shell(cmd.Cmd):
    intro = 'Welcome. Type help or ? to list commands.'
    prompt = '(shell) '
    def do_greet(self, arg):
        'Greet someone: GREET name'
        print('Hello,', arg or 'world')
    def do_add(self, arg):
        print(sum(map(int, arg.split())))
    def help_topic(self): print('about the topic')
    def do_quit(self, arg):
        'Quit the shell.'
        print('bye'); return True
    def do_EOF(self, arg): print(); return True
    def precmd(self, line): return line.lower() if line.startswith('GREET') else line
sh = Shell(stdin=io.StringIO('greet Ann\nadd 1 2 3\n\nbogus cmd\n?\nhelp greet\nhelp topic\nhelp nothing\n!ls\nGREET BOB\nquit\n')); sh.use_rawinput = False
sh.cmdloop()
sh2 = Shell(); sh2.cmdqueue = ['add 4 5', 'quit']; sh2.cmdloop(intro='')
c = cmd.Cmd(); c.columnize([str(i) * (i % 7 + 1) for i in range(40)], 40); c.columnize([]); c.columnize(['one'])
print(c.parseline('  ?x  '), c.parseline('cmd arg  '), c.parseline(''), c.onecmd('help'))
s3 = Shell(); s3.cmdloop()
