# OSError made by the runtime: errno (an int), strerror and the file name's repr.
print("open")
f = open('/nonexistent-dir/psize.txt')
print(f.read())
