"""linestats: reads `name,team,hours` records from standard input line by line and prints
per-team statistics; malformed lines are reported on stderr and make the exit code 2.
e.g. `keel run main.py < timesheet.csv`"""
import sys
from records import parse_line, BadRecord
from report import Team, render


def main():
    teams = {}
    bad = 0
    for lineno, line in enumerate(sys.stdin, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            name, team, hours = parse_line(line)
        except BadRecord as e:
            bad += 1
            print(f"line {lineno}: {e}", file=sys.stderr)
            continue
        if team not in teams:
            teams[team] = Team(team)
        teams[team].add(name, hours)
    print(render(sorted(teams.values(), key=lambda t: (-t.total, t.name))))
    if bad:
        print(f"{bad} bad line(s) skipped", file=sys.stderr)
        return 2
    return 0


sys.exit(main())
