if a:
	if b:
		pass
	else:  # tab
		pass
