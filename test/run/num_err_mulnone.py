print(3 * None)
