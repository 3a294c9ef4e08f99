class ValidationError(ValueError):
    pass
def check(v):
    if v < 0:
        raise ValidationError(f"negative: {v}")
    return v
def process(items):
    total = 0
    for i in items:
        try:
            total += check(i)
        except ValidationError:
            raise RuntimeError("processing failed")
    return total
print(process([1, 2]))
process([1, -2])
