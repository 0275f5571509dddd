"""Writes the Tiled project file, the Tiled 1.8 object types file and the object templates
(maps/templates/*.tx) from the schema.

    python -m game.tools.tiled_project          # rewrite maps/lullaby.tiled-project,
                                                # maps/objecttypes.xml and maps/templates/*.tx
    python -m game.tools.tiled_project --check  # exit 1 (naming them) if any is out of date

What each Tiled does with them:
- Tiled 1.8 keeps object types apart from the project's custom types. It reads the project's
  `objectTypesFile`, resolved against the project file's folder ("objecttypes.xml" is
  maps/objecttypes.xml), instead of the user's global object types file, and only for as long
  as the project is open: nothing is written to the user's settings. Its enums come from the
  project's `propertyTypes`, and an object types property marked `propertytype="Weight"` is
  read as that enum, so an object given a type gets its properties with their defaults and
  enum properties as drop-downs. (Checked with Tiled 1.8.2: after File > Open Project it
  opens maps/objecttypes.xml, and a new object of type "plate" resolves min_weight as a
  Weight; with `objectTypesFile` empty it reads only ~/.local/share/tiled/objecttypes.xml.)
- Tiled 1.9 and later keep object types as classes in the project's `propertyTypes`, which
  already declare every type. On opening a project whose `objectTypesFile` names a file they
  import that file once more: each object type replaces the class of the same name
  (ProjectManager::setProject, PropertyTypes::mergeObjectTypes). So objecttypes.xml carries
  exactly the classes' members, defaults, enum types and colours, and the import gives back
  the same classes (it only adds tiles to what each class may be used for). They then
  forget the path; if the project is saved from Tiled, `--check` reports it and this tool
  puts it back.
- The templates mark each enum property with its type by name, as Tiled writes one
  (`<property name="min_weight" propertytype="Weight" value="light"/>`), so objects made
  from them show a drop-down in Tiled 1.8 and later. pytmx reads the value as text (it looks
  at `propertytype` only for class properties), the game's template resolution (tmx.py)
  copies the element whole, and the validator checks the value against the enum. An object
  that sets the property itself may or may not say `propertytype`; both read the same.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from xml.sax.saxutils import quoteattr

from game.content.schema import ENUMS, OBJECT_TYPES, Prop

MAPS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "maps")
PROJECT_FILE = "lullaby.tiled-project"
OBJECT_TYPES_FILE = "objecttypes.xml"


def _member(name: str, prop: Prop) -> dict[str, object]:
    member: dict[str, object] = {"name": name, "type": "string" if prop.enum_values else prop.type}
    if prop.enum_values:
        member["propertyType"] = prop.type
    member["value"] = prop.tiled_default()
    return member


def project_json() -> str:
    types: list[dict[str, object]] = []
    next_id = 1
    for name, values in ENUMS.items():
        types.append(
            {
                "id": next_id,
                "name": name,
                "type": "enum",
                "storageType": "string",
                "values": list(values),
                "valuesAsFlags": False,
            }
        )
        next_id += 1
    for name, spec in OBJECT_TYPES.items():
        types.append(
            {
                "id": next_id,
                "name": name,
                "type": "class",
                "useAs": ["object"],
                "color": spec.color,
                "drawFill": True,
                "members": [_member(k, p) for k, p in spec.props.items()],
            }
        )
        next_id += 1
    project = {
        "automappingRulesFile": "",
        "commands": [],
        "extensionsPath": "extensions",
        "folders": ["."],
        "objectTypesFile": OBJECT_TYPES_FILE,
        "propertyTypes": types,
    }
    return json.dumps(project, indent=4) + "\n"


def object_types_xml() -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<objecttypes>"]
    for name, spec in OBJECT_TYPES.items():
        colour = "#" + spec.color[-6:]
        lines.append(f" <objecttype name={quoteattr(name)} color={quoteattr(colour)}>")
        for prop_name, prop in spec.props.items():
            # As Tiled writes an object type's enum property: type, the enum by name, default.
            if prop.enum_values:
                kind = f' type="string" propertytype={quoteattr(prop.type)}'
            else:
                kind = f" type={quoteattr(prop.type)}"
            default = prop.tiled_default()
            text = str(default).lower() if isinstance(default, bool) else str(default)
            lines.append(f"  <property name={quoteattr(prop_name)}{kind} default={quoteattr(text)}/>")
        lines.append(" </objecttype>")
    lines.append("</objecttypes>")
    return "\n".join(lines) + "\n"


def template_xml(name: str) -> str:
    """The object template a designer drags in: the type, a one-cell size (or a point, or a
    two-cell polyline) and every property with its default."""
    spec = OBJECT_TYPES[name]
    size = ' width="16" height="16"' if spec.shape == "rect" else ""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<template>", f" <object type={quoteattr(name)}{size}>"]
    if spec.props:
        lines.append("  <properties>")
        for prop_name, prop in spec.props.items():
            if prop.enum_values:  # as Tiled writes an enum stored as a string: its type by name
                kind = f" propertytype={quoteattr(prop.type)}"
            else:
                kind = "" if prop.type == "string" else f" type={quoteattr(prop.type)}"
            default = prop.tiled_default()
            text = str(default).lower() if isinstance(default, bool) else str(default)
            lines.append(f"   <property name={quoteattr(prop_name)}{kind} value={quoteattr(text)}/>")
        lines.append("  </properties>")
    if spec.shape == "point":
        lines.append("  <point/>")
    elif spec.shape == "polyline":
        lines.append('  <polyline points="0,0 32,0"/>')
    lines += [" </object>", "</template>"]
    return "\n".join(lines) + "\n"


def outputs(maps_dir: str = MAPS_DIR) -> dict[str, str]:
    files = {
        os.path.join(maps_dir, PROJECT_FILE): project_json(),
        os.path.join(maps_dir, OBJECT_TYPES_FILE): object_types_xml(),
    }
    for name in OBJECT_TYPES:
        files[os.path.join(maps_dir, "templates", f"{name}.tx")] = template_xml(name)
    return files


def stale(maps_dir: str = MAPS_DIR) -> list[str]:
    """Files that differ from what the schema generates."""
    result = []
    for path, text in outputs(maps_dir).items():
        try:
            with open(path, encoding="utf-8") as handle:
                current = handle.read()
        except FileNotFoundError:
            current = None
        if current != text:
            result.append(path)
    return result


def main(argv: list[str] | None = None, maps_dir: str = MAPS_DIR) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.tiled_project", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the files are current")
    args = parser.parse_args(argv)
    if args.check:
        out_of_date = stale(maps_dir)
        for path in out_of_date:
            print(f"{path}: out of date; run python -m game.tools.tiled_project")
        return 1 if out_of_date else 0
    for path, text in outputs(maps_dir).items():
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
