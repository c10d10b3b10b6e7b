#!/usr/bin/env python3
"""Generate data/reference/states.ttl from ISO 3166-1 and a hand-written supplement.

Inputs:
  * Debian iso-codes' ISO 3166-1 table (default /usr/share/iso-codes/json/iso_3166-1.json):
    alpha-2, alpha-3 and numeric codes, ISO short names and official names;
  * states-supplement.tsv beside this script: which ISO entries are states (plus Kosovo,
    which ISO lacks), UN status, news labels, aliases, demonyms, capitals, metonyms,
    ambiguous aliases and Wikidata ids. Its header comment documents the columns.

Output: states.ttl beside this script, one block per state sorted by ISO alpha-2, values
sorted within each property, so that running the script again reproduces the same bytes.

Usage:
  python3 generate-states.py            # (re)write states.ttl
  python3 generate-states.py --check    # exit 1 if states.ttl is not what would be written
  python3 generate-states.py --iso FILE --supplement FILE --out FILE

Standard library only. The script refuses to write when the supplement is inconsistent
(unknown code, a name shared by two states without being marked ambiguous on both, an
ambiguous alias that is not one of the state's names, ...), naming the row and the fix.
"""

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
DEFAULT_SUPPLEMENT = HERE / "states-supplement.tsv"
DEFAULT_OUT = HERE / "states.ttl"

COLUMNS = ["code", "un", "wikidata", "label", "official", "capital", "alt", "demonym",
           "metonym", "ambiguous", "drop", "alpha3", "numeric"]
LIST_COLUMNS = {"alt", "demonym", "metonym", "ambiguous", "drop"}
UN_STATUS = {"member", "observer", "none"}

PREFIXES = [
    ("ent", "https://w3id.org/entente/ontology#"),
    ("state", "https://w3id.org/entente/id/state/"),
    ("eorg", "https://w3id.org/entente/id/org/"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("dcmitype", "http://purl.org/dc/dcmitype/"),
    ("wd", "http://www.wikidata.org/entity/"),
]
HEADER_NODE = "<https://w3id.org/entente/id/dataset/reference-states>"


class SupplementError(Exception):
    """A row of the supplement that cannot be turned into a state."""


def read_iso(path):
    """Return ({alpha2: entry}, sha256 hex of the file) for an iso-codes 3166-1 JSON file."""
    raw = path.read_bytes()
    entries = json.loads(raw.decode("utf-8"))["3166-1"]
    return {e["alpha_2"]: e for e in entries}, hashlib.sha256(raw).hexdigest()


def split_list(field):
    return [v.strip() for v in field.split("|") if v.strip()]


def read_supplement(path):
    """Return the supplement's rows as dicts (list fields as lists), in file order."""
    rows, columns = [], None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if columns is None:
            if cells != COLUMNS:
                raise SupplementError(f"{path}:{number}: column header must be: {' '.join(COLUMNS)}")
            columns = cells
            continue
        if len(cells) != len(columns):
            raise SupplementError(f"{path}:{number}: {len(cells)} fields, expected {len(columns)} "
                                  "(separate fields with exactly one TAB)")
        row = {"line": number}
        for name, cell in zip(columns, cells):
            row[name] = split_list(cell) if name in LIST_COLUMNS else cell.strip()
        rows.append(row)
    return rows


def iso_official(entry):
    name = entry.get("official_name", "")
    return name[4:] if name.startswith("the ") else name


def usable_iso_name(name):
    """ISO's inverted or bracketed forms ("Korea, Republic of") never occur in running text."""
    return bool(name) and ", " not in name and "(" not in name


def build_state(row, iso):
    """Turn one supplement row (and its ISO entry, if any) into a dict of property values."""
    where = f"row {row['code']} (line {row['line']})"
    code = row["code"]
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise SupplementError(f"{where}: code must be two upper-case letters")
    if row["un"] not in UN_STATUS:
        raise SupplementError(f"{where}: un must be one of {sorted(UN_STATUS)}")
    if row["wikidata"] and not re.fullmatch(r"Q[1-9][0-9]*", row["wikidata"]):
        raise SupplementError(f"{where}: wikidata must look like Q423 or be empty")
    if not row["label"]:
        raise SupplementError(f"{where}: label is required")

    entry = iso.get(code)
    if entry is not None:
        if row["alpha3"] or row["numeric"]:
            raise SupplementError(f"{where}: alpha3/numeric come from ISO for {code}; leave them empty")
        alpha3, numeric = entry["alpha_3"], entry["numeric"]
        official = row["official"] or iso_official(entry)
        iso_names = [entry.get("name", ""), entry.get("common_name", "")]
        if not row["official"]:
            iso_names.append(official)
    else:
        if not re.fullmatch(r"[A-Z]{3}", row["alpha3"]):
            raise SupplementError(f"{where}: {code} is not in ISO 3166-1; give alpha3 (and numeric if any)")
        alpha3, numeric, official, iso_names = row["alpha3"], row["numeric"], row["official"], []
    if numeric and not re.fullmatch(r"[0-9]{3}", numeric):
        raise SupplementError(f"{where}: numeric must be three digits")

    iso_names = [n for n in iso_names if usable_iso_name(n)]
    for dropped in row["drop"]:
        if dropped not in iso_names:
            raise SupplementError(f"{where}: drop {dropped!r} is not one of its ISO names {iso_names}")
    alt = set(row["alt"]) | {n for n in iso_names if n not in row["drop"]}
    if official:
        alt.add(official)
    alt -= set(row["drop"])
    alt.discard(row["label"])

    state = {
        "code": code, "label": row["label"], "official": official, "alpha3": alpha3,
        "numeric": numeric, "alt": sorted(alt), "demonym": sorted(set(row["demonym"])),
        "capital": row["capital"], "metonym": sorted(set(row["metonym"])),
        "ambiguous": sorted(set(row["ambiguous"])), "un": row["un"], "wikidata": row["wikidata"],
    }
    names = set(names_of(state))
    for name in state["ambiguous"]:
        if name not in names:
            raise SupplementError(f"{where}: ambiguous {name!r} is not a label, alias, capital, "
                                  "metonym or demonym of this state")
    return state


def names_of(state):
    """Every string by which text may refer to the state."""
    yield state["label"]
    yield from state["alt"]
    yield from state["demonym"]
    yield from state["metonym"]
    if state["capital"]:
        yield state["capital"]


def check_shared_names(states):
    """A name given to two states must be marked ambiguous on each of them."""
    owners = {}
    for state in states:
        for name in set(names_of(state)):
            owners.setdefault(name, []).append(state)
    problems = []
    for name, holders in sorted(owners.items()):
        if len(holders) > 1 and not all(name in s["ambiguous"] for s in holders):
            problems.append(f"{name!r} is a name of {', '.join(s['code'] for s in holders)}: "
                            "mark it ambiguous on each, or keep it on one only")
    if problems:
        raise SupplementError("names shared between states:\n  " + "\n  ".join(problems))


def literal(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def objects(values):
    if len(values) <= 3:
        return ", ".join(values)
    return ",\n        ".join(values)


def state_block(state):
    lines = [("a", "ent:State"), ("rdfs:label", literal(state["label"]))]
    if state["official"]:
        lines.append(("ent:officialName", literal(state["official"])))
    lines.append(("ent:isoAlpha2", literal(state["code"])))
    lines.append(("ent:isoAlpha3", literal(state["alpha3"])))
    if state["numeric"]:
        lines.append(("ent:isoNumeric", literal(state["numeric"])))
    for prop, key in [("skos:altLabel", "alt"), ("ent:demonym", "demonym")]:
        if state[key]:
            lines.append((prop, objects([literal(v) for v in state[key]])))
    if state["capital"]:
        lines.append(("ent:capital", literal(state["capital"])))
    for prop, key in [("ent:metonym", "metonym"), ("ent:ambiguousAlias", "ambiguous")]:
        if state[key]:
            lines.append((prop, objects([literal(v) for v in state[key]])))
    if state["un"] == "member":
        lines.append(("ent:memberOf", "eorg:un"))
    if state["wikidata"]:
        lines.append(("skos:exactMatch", f"wd:{state['wikidata']}"))
    body = " ;\n".join(f"    {p} {o}" for p, o in lines)
    return f"state:{state['code']}\n{body} .\n"


def render(states, iso_path, iso_sha, supplement_path):
    members = sum(1 for s in states if s["un"] == "member")
    observers = sum(1 for s in states if s["un"] == "observer")
    out = [
        "# states.ttl - GENERATED by generate-states.py from ISO 3166-1 and states-supplement.tsv.",
        "# Do not edit by hand: edit states-supplement.tsv and run the script again.",
        "#",
        f"# What: {len(states)} states ({members} UN members, {observers} UN observer states, and Taiwan",
        "# and Kosovo), one block per state sorted by ISO 3166-1 alpha-2; IRIs state/{alpha-2}.",
        "# Kosovo uses the user-assigned codes XK / XKX in common use (it has no ISO code).",
        "# Sources: codes, ISO short names and most official names from Debian iso-codes",
        f"# ({iso_path.name}, sha256 {iso_sha});",
        "# labels, aliases, demonyms, capitals, metonyms and ambiguity marks compiled by hand",
        "# from general reference knowledge (states-supplement.tsv); Wikidata ids only where",
        "# certain, cross-checked against a published ISO-to-Wikidata country table.",
        "",
    ]
    out += [f"@prefix {p}: <{iri}> ." for p, iri in PREFIXES]
    out += [
        "",
        HEADER_NODE,
        "    a dcmitype:Dataset ;",
        '    rdfs:label "Entente reference data: states" ;',
        "    dcterms:description " + literal(
            "Sovereign states: UN member and observer states, Taiwan and Kosovo, with ISO 3166-1 "
            "codes, news names, aliases, demonyms, capitals and seats of government.") + " ;",
        "    dcterms:source " + literal(
            f"ISO 3166-1 as published in Debian iso-codes ({iso_path.name}, sha256 {iso_sha})") + ",",
        "        " + literal(
            f"{supplement_path.name}: names, demonyms, capitals, metonyms and Wikidata ids "
            "compiled by hand from general reference knowledge") + " .",
        "",
    ]
    text = "\n".join(out) + "\n" + "\n".join(state_block(s) for s in states)
    return text


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iso", type=Path, default=DEFAULT_ISO, help="iso-codes iso_3166-1.json")
    parser.add_argument("--supplement", type=Path, default=DEFAULT_SUPPLEMENT)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the output file differs from what would be written")
    args = parser.parse_args(argv)

    try:
        iso, iso_sha = read_iso(args.iso)
        rows = read_supplement(args.supplement)
        codes = [r["code"] for r in rows]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise SupplementError(f"codes listed twice: {', '.join(duplicates)}")
        states = sorted((build_state(r, iso) for r in rows), key=lambda s: s["code"])
        check_shared_names(states)
    except (OSError, ValueError, KeyError, SupplementError) as e:
        print(f"generate-states: {e}", file=sys.stderr)
        return 2

    text = render(states, args.iso, iso_sha, args.supplement)
    data = text.encode("utf-8")
    skipped = len(set(iso) - set(codes))
    summary = (f"{len(states)} states "
               f"({sum(s['un'] == 'member' for s in states)} UN members, "
               f"{sum(s['un'] == 'observer' for s in states)} observers); "
               f"{skipped} ISO entries left out as non-states")
    if args.check:
        current = args.out.read_bytes() if args.out.exists() else b""
        if current != data:
            print(f"generate-states: {args.out} is out of date; run the script", file=sys.stderr)
            return 1
        print(f"generate-states: {args.out} is up to date: {summary}", file=sys.stderr)
        return 0
    args.out.write_bytes(data)
    print(f"generate-states: wrote {args.out}: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
