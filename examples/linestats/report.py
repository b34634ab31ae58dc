class Team:
    def __init__(self, name):
        self.name = name
        self.people = {}
        self.total = 0.0

    def add(self, person, hours):
        self.people[person] = self.people.get(person, 0.0) + hours
        self.total += hours

    def busiest(self):
        return max(self.people.items(), key=lambda kv: (kv[1], kv[0]))


def render(teams):
    out = []
    for t in teams:
        who, h = t.busiest()
        avg = t.total / len(t.people)
        out.append(f"{t.name:<8} {len(t.people):>2} people {t.total:>7.2f} h  avg {avg:6.2f}  busiest {who} ({h:g} h)")
    grand = sum(t.total for t in teams)
    out.append(f"{'total':<8} {sum(len(t.people) for t in teams):>2} people {grand:>7.2f} h")
    return "\n".join(out)
