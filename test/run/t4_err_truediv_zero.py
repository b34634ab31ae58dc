# ZeroDivisionError from true division of a float by zero, after printing partial results.
def slope(x1, y1, x2, y2):
    return (y2 - y1) / (x2 - x1)

def slopes(points):
    for i in range(len(points) - 1):
        a = points[i]
        b = points[i + 1]
        print("slope", slope(a[0], a[1], b[0], b[1]))

slopes([(0, 0), (1, 2.5), (3, 3.5), (3, 7)])
