for i in x:
    try:
        break
    finally:
        print('f')
while 1:
    try:
        continue
    except E:
        pass
