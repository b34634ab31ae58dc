import json
x = {"a": []}
x["a"].append(x)
print(json.dumps(x, indent=2))
