import greet
import shapes
print(shapes.square(3), shapes.area.UNIT)
