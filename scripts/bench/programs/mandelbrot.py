# Mandelbrot set on a SIZE x SIZE grid: float arithmetic in nested loops. Prints how many
# points stay bounded and the total number of iterations (integers, so C prints the same).
SIZE = 1200
MAX_ITER = 50


def mandelbrot(w, h):
    inside = 0
    iterations = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        for x in range(w):
            cr = 2.0 * x / w - 1.5
            zr = 0.0
            zi = 0.0
            i = 0
            while i < MAX_ITER:
                tr = zr * zr - zi * zi + cr
                ti = 2.0 * zr * zi + ci
                zr = tr
                zi = ti
                i += 1
                if zr * zr + zi * zi > 4.0:
                    break
            if zr * zr + zi * zi <= 4.0:
                inside += 1
            iterations += i
    print(inside)
    print(iterations)


mandelbrot(SIZE, SIZE)
