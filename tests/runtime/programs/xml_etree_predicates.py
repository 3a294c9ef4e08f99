import xml.etree.ElementTree as ET
root = ET.fromstring('<r><a k="1">x<b>t</b></a><a k="2">y</a><a>z<b>u</b></a><c><a k="1">w</a></c></r>')
for q in ['a[@k]', "a[@k='1']", "a[@k!='1']", 'a[b]', "a[b='t']", "a[b!='t']", "a[.='y']", "a[.!='y']", 'a[1]', 'a[last()]', 'a[last()-1]', './/a[@k="1"]', 'a/..']:
    print(q, [(e.tag, e.get('k'), e.text) for e in root.findall(q)])
for bad in ['a[1=2]', 'a[0]', 'a[foo()]']:
    try: root.findall(bad)
    except SyntaxError as e: print(bad, 'SyntaxError', e)
# [tag!='v'] holds when some child differs, even if another matches; [tag='v'] when some child matches.
two = ET.fromstring('<r><a><b>t</b><b>v</b></a><a><b>t</b></a><a/></r>')
for q in ["a[b!='t']", "a[b='v']", "a[b='t']", "a[@x!='1']"]:
    print(q, len(two.findall(q)))
