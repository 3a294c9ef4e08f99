i = 0
while i < 10 and not done:
    i += 1
    if i == 5:
        break
print(i)
