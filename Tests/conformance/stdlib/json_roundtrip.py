# json: dumps and loads.
import json

data = {"b": [1, 2.5, None, True], "a": {"nested": "é"}, "c": ""}
s = json.dumps(data)
print(s, json.dumps(data, sort_keys=True, indent=2), json.dumps("é", ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, "x", {"k": null}]'), json.loads("3.5e2"))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
