class Cfg:
    level = 3


print(Cfg.level, Cfg().level)
print(Cfg.nope)
