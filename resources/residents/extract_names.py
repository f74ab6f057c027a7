"""Write names_id.json: the Indonesian name and street lists the synthetic residents use.

Run once by a developer, with Faker installed in the venv (it is not a dependency of the
program):
    .venv/bin/pip install Faker && .venv/bin/python resources/residents/extract_names.py

The lists come from Faker's ``id_ID`` locale (MIT licence, Copyright (c) 2012 Daniele
Faraglia; the licence text is copied into the JSON). They are lists of common given names,
family names and street names, not records of real people; the demo generator combines them
at random, so any resemblance to a real resident is chance. Output is sorted and
de-duplicated, so running this again with the same Faker gives the same bytes.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).with_name("names_id.json")


def _licence_text() -> str:
    dist = metadata.distribution("Faker")
    for file in dist.files or ():
        if file.name.upper().startswith("LICENSE"):
            return file.read_text(encoding="utf-8")
    raise SystemExit("Faker's licence file not found; refusing to copy its lists without it")


def _clean(values: tuple[str, ...]) -> list[str]:
    return sorted({value.strip() for value in values if value.strip()})


def main() -> None:
    from faker.providers.address.id_ID import Provider as Address
    from faker.providers.person.id_ID import Provider as Person

    data = {
        "_note": (
            "Synthetic-data source lists from Faker's id_ID locale (MIT licence, below). "
            "Common Indonesian given names, family names and street names: a list, not real "
            "people. Made by resources/residents/extract_names.py; do not edit by hand."
        ),
        "_source": f"Faker {metadata.version('Faker')} (faker.providers.person/address.id_ID)",
        "_licence": _licence_text(),
        "first_names_male": _clean(Person.first_names_male),
        "first_names_female": _clean(Person.first_names_female),
        "last_names_male": _clean(Person.last_names_male),
        "last_names_female": _clean(Person.last_names_female),
        "streets": _clean(Address.streets),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sizes = ", ".join(f"{k} {len(v)}" for k, v in data.items() if isinstance(v, list))
    print(f"wrote {OUT.name}: {sizes}")


if __name__ == "__main__":
    main()
