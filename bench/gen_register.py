#!/usr/bin/env python3
"""Writes a generated charity register of N rows (default 200,000: about the size of all UK
registers together) to FILE, in Windows-1252 with the mess of real registers: numbers with
and without their prefix, bare-host websites, phones with extensions, umbrella websites
shared by numbered units, same-name charities with different numbers, removed charities,
and multi-value "who the charity helps" cells in a regulator's wording. The same rows every
run (the same rules as tests/integration/orgs/register_gen.rs).

    python3 bench/gen_register.py FILE [N]
"""
import csv
import sys

HELPS = ["Women", "Older people", "People with disabilities", "Children or young people",
         "Ethnic minorities", "Animals", "The general public/mankind"]
TOWNS = ["Belfast", "Derry", "Newry", "Armagh", "Omagh", "Lisburn", "Bangor", "Enniskillen"]
KINDS = ["Community Association", "Women\u2019s Group", "Youth Club", "Disability Forum",
         "Arts Trust", "Residents \u2013 Advice Centre"]


def main():
    path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    with open(path, "w", newline="", encoding="cp1252") as f:
        w = csv.writer(f)
        w.writerow(["Reg charity number", "Sub charity number", "Charity name", "Date registered",
                    "Status", "Website", "Email", "Telephone", "Who the charity helps",
                    "What the charity does"])
        previous = ""
        for n in range(rows):
            number = 100_000 + n
            number_cell = f"NIC{number}" if n % 2 == 0 else str(number)
            town = TOWNS[n % len(TOWNS)]
            if n % 10 == 3:
                name, site = f"{n // 10 + 1}th {town} Scout Group", "www.scoutsni.org"
            elif n > 0 and n % 400 == 0:
                name, site = previous, ""
            else:
                name = f"{town} {KINDS[n % len(KINDS)]} {n}"
                site = [f"www.charity{n}.org.uk", f"https://charity{n}.org.uk/", ""][n % 3]
            if n % 400 == 399:
                previous = name
            status = "Removed" if n % 20 == 5 else "Registered"
            phone = (f"028 9032 {n % 10000:04} ext {n % 90 + 10}" if n % 50 == 1
                     else f"028 90{n % 100:02} {n % 10000:04}")
            email = f"info{n}@gmail.com" if n % 4 == 0 else f"hello@charity{n}.org.uk"
            helps = ",".join(HELPS[(n + k * 3) % len(HELPS)] for k in range(n % 3 + 1))
            w.writerow([number_cell, "0", name, f"01/0{n % 9 + 1}/2012", status, site, email,
                        phone, helps,
                        "Relief of those in need \u2013 advice, support and \u201cdrop-in\u201d sessions"])


if __name__ == "__main__":
    main()
