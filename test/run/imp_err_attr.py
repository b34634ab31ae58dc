# A missing module attribute is an AttributeError when the line runs.
import _imp_mod_a

print("before")
print(_imp_mod_a.nope)
