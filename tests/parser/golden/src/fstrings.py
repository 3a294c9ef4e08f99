name = "world"
s1 = f"hello {name}"
s2 = f"{name!r:>20}"
s3 = f"{name=}"
s4 = f"{x:{width}.{precision}}"
s5 = f'{a["key"]}' f"{b}" "plain" f'{c!s}'
s6 = f"""
multi {line}
  and {
    expr + 1
  } end
"""
s7 = f"{{literal}} {value:.2f} {{}}"
s8 = rf"raw \n {x}"
s9 = f"{'nested ' f'{inner}'}"
s10 = F"{x}" if False else fR"{y}" + Rb"z".decode()
s11 = f"{x:%Y-%m-%d %H:%M}"
s12 = f"{3.14159:.{digits}f}"
s13 = f"{ x = }" f"{y = !r:10}"
s14 = (f"a"
       f"{b}"
       "c")
s15 = f"caf\u00e9 {x} \N{BULLET} {y}"
s16 = f"{x!a}{y!s}{z!r}"
s17 = f"{dict(a=1)['a']}"
s18 = f"{lambda_:}"
s19 = f'{x:}'
s20 = f''
