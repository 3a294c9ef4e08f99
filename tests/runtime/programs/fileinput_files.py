import fileinput, os, sys, tempfile, shutil
tmp = tempfile.mkdtemp(); os.chdir(tmp)
with open('a.txt', 'w') as f: f.write('one\ntwo\n')
with open('b.txt', 'w') as f: f.write('three\nfour')
with open('e.txt', 'w') as f: pass
for line in fileinput.input(['a.txt', 'e.txt', 'b.txt']):
    print(repr(line), fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin())
with fileinput.input(files=('a.txt', 'b.txt')) as fi:
    for line in fi:
        if fi.filelineno() == 1 and fi.filename() == 'a.txt':
            fi.nextfile()
        print(line.rstrip(), fi.lineno())
with fileinput.FileInput('a.txt', inplace=True, backup='.orig') as fi:
    for line in fi:
        print(line.upper(), end='')
print(open('a.txt').read(), open('a.txt.orig').read(), sorted(os.listdir('.')))
for line in fileinput.input('b.txt', inplace=True):
    sys.stdout.write('>' + line)
print(open('b.txt').read(), sorted(os.listdir('.')))
print(list(fileinput.input('a.txt', mode='rb')))
print(list(fileinput.FileInput(['a.txt'], openhook=fileinput.hook_encoded('latin-1'))))
try:
    fileinput.lineno()
except RuntimeError as e: print(e)
fileinput.input('a.txt')
try: fileinput.input('a.txt'); next(fileinput._state); fileinput.input('a.txt')
except RuntimeError as e: print(e)
fileinput.close()
try: fileinput.FileInput('a.txt', mode='w')
except ValueError as e: print(e)
try: fileinput.FileInput('a.txt', inplace=True, openhook=open)
except ValueError as e: print(e)
fi = fileinput.FileInput(['a.txt']); print(fi.readline(), fi.readline(), repr(fi.readline()), fi.fileno()); fi.close()
with open('a.txt', encoding='locale') as f:
    print(f.encoding, f.read().split())
os.chdir(os.path.dirname(tmp)); shutil.rmtree(tmp)
