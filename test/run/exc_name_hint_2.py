# An uncaught NameError for a standard module's name: "Did you mean ... Or did you forget to import".
sy = 1
print(sy)
print(sys.argv)
