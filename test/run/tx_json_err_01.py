import json
print(json.dumps([1, 2]))
print(json.dumps({"a": {1, 2}}))
