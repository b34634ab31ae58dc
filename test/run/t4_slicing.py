# Slicing lists and tuples: steps, negative steps, out-of-range bounds, copies.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[-5:-2], xs[3:3], xs[5:2])
print(xs[::3], xs[1::3], xs[::-1], xs[::-3], xs[8:2:-2], xs[-1:-4:-1], xs[2:8:-1])
print(xs[-100:100], xs[100:], xs[:-100], xs[-100:3], xs[5:100:2], xs[100:0:-3])
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::-2], t[:0], t[4:0:-1], t[-2::-1])
copy = xs[:]
copy.append(10)
print(len(xs), len(copy), copy[-2:])
def rotate(lst, k):
    k = k % len(lst)
    return lst[k:] + lst[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate([1, 2, 3], 7))
def is_palindrome(seq):
    return seq == seq[::-1]
print(is_palindrome([1, 2, 1]), is_palindrome((1, 2)), is_palindrome([]), is_palindrome([5]))
half = len(xs) // 2
print(xs[:half], xs[half:], xs[:half] + xs[half:] == xs)
n = 12345
digits = []
while n:
    digits.append(n % 10)
    n //= 10
print(digits, digits[::-1], digits[1:4][::-1])
s = "hello world"
print(s[:5], s[6:], s[::-1], s[::2], s[-5:-1])
