async def main(s):
    await s.start()
    async with s.lock as l:
        pass
    async for x in s:
        print(x)
    return [y async for y in s]
