#!/usr/bin/python3
"""Writes a police record-level extract in the example archive's layout: ROWS crimes and
domestic abuse incidents recorded from July to September 2025, as one CSV.

Deterministic: the same ROWS always gives the same bytes.

  /usr/bin/python3 bench/e2e/make_records.py ROWS OUT.csv
"""
import random
import sys

AREAS = ["Blaby", "Charnwood", "Harborough", "H&B", "Melton", "NWL", "Oadby and Wigston",
         "Rutland"]
GROUPS = ["Violence with injury", "Violence without injury", "Stalking and harassment",
          "Sexual offences", "Robbery", "Burglary residential", "Burglary business and community",
          "Vehicle offences", "Theft from the person", "Bicycle theft", "Shoplifting",
          "All other theft offences", "Criminal damage and arson", "Drug offences",
          "Possession of weapons offences", "Public order offences",
          "Miscellaneous crimes against society"]


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    draw = random.Random(20251121)
    with open(out, "w", newline="") as csv:
        csv.write("Reference,Date recorded,Local authority,Record type,Offence group,"
                  "Domestic abuse flag,Hate flag\r\n")
        for n in range(rows):
            month = 7 + n * 3 // rows
            day = 1 + draw.randrange(30 if month == 9 else 31)
            incident = draw.random() < 0.08
            group = "" if incident else draw.choice(GROUPS)
            domestic = "Y" if incident or draw.random() < 0.15 else "N"
            hate = "Y" if not incident and draw.random() < 0.025 else "N"
            csv.write(f"{2507000000 + n},{day:02d}/{month:02d}/2025,{draw.choice(AREAS)},"
                      f"{'Non-crime incident' if incident else 'Crime'},{group},{domestic},"
                      f"{hate}\r\n")


if __name__ == "__main__":
    main()
