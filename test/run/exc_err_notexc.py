try:
    raise "not an exception"
except TypeError as e:
    print(e)
raise 42
