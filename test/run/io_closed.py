# Reading a closed file: ValueError.
import sys

f = open(sys.argv[1] + "/x.txt", "w")
f.write("x")
f.close()
f.write("y")
