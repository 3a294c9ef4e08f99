"""Error-message fuzzer input (dev tool, needs python3): takes random windows of
stdlib source, applies a small mutation (delete/duplicate/insert), keeps the
ones CPython rejects, and prints [{src, type, msg, lineno, offset}] as JSON.
Usage: python3 scripts/fuzz_parser_errors.py SEED COUNT > cases.json"""
import os, random, json, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
root='/root/.pyenv/versions/3.11.7/lib/python3.11'
fs=[]
for d,ds,f in os.walk(root):
    if 'site-packages' in d or 'test' in d: continue
    fs+=[os.path.join(d,x) for x in f if x.endswith('.py')]
fs.sort()
out=[]
ops=['del','dup','ins']
insertions=[':','(',')','[',']','=',',','.','*','**','if','else','for','in','lambda','not','1','"x"','\n','  ','\t','def','class','return','import','from','as','with','yield','await','async','->','@','{','}',';','\\']
while len(out) < int(sys.argv[2] if len(sys.argv)>2 else 300):
    f=random.choice(fs)
    try: src=open(f,encoding='utf-8').read()
    except Exception: continue
    lines=src.split('\n')
    if len(lines) < 5: continue
    # take a window of lines
    i=random.randrange(len(lines))
    window='\n'.join(lines[max(0,i-6):i+6])+'\n'
    # dedent window
    import textwrap
    window=textwrap.dedent(window)
    pos=random.randrange(len(window))
    op=random.choice(ops)
    if op=='del':
        n=random.randint(1,3); s=window[:pos]+window[pos+n:]
    elif op=='dup':
        s=window[:pos]+window[pos:pos+2]+window[pos:]
    else:
        s=window[:pos]+random.choice(insertions)+window[pos:]
    try:
        compile(s,'<unknown>','exec',flags=0x400)
        continue
    except SyntaxError as e:
        out.append({'src':s,'type':type(e).__name__,'msg':e.msg,'lineno':e.lineno,'offset':e.offset})
    except Exception:
        continue
json.dump(out, sys.stdout)
