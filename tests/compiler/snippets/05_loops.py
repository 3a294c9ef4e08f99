for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
    print(i)
else:
    print('done')
n = 0
while n < 10:
    n += 1
else:
    pass
while True:
    break
