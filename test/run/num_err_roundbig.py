print(round(1.5e308, -307))
print(round(1.7e308, -308))
