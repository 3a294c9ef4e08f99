try:
    f()
except* ValueError as e:
    print(e)
except* TypeError:
    pass
