# SystemExit with a list code: printed with str(), exit status 1.
import sys
print("start")
sys.exit([1, 'two', 3.0])
