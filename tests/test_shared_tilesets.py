"""A tileset is read and checked once while its file and images stay the same, since every
map leads to the same few; a tileset or image changed on disk (a designer's edit, hot
reload) is read and checked again at the next load, and a map never gets another's result."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.content.problems import ContentError
from game.content.tiled import load_map
from game.content.tmx import read_shared

from .conftest import MAPS_DIR, ROOT

ASSETS_DIR = ROOT / "assets"


@pytest.fixture
def room(tmp_path: Path) -> Path:
    """The README's first room with its tileset and templates, in a folder of its own."""
    (tmp_path / "maps" / "samples").mkdir(parents=True)
    shutil.copy(MAPS_DIR / "samples" / "first_room.tmx", tmp_path / "maps" / "samples")
    shutil.copytree(MAPS_DIR / "templates", tmp_path / "maps" / "templates")
    (tmp_path / "assets" / "tilesets").mkdir(parents=True)
    for name in ("dream_mara.tsx", "dream_mara.png"):
        shutil.copy(ASSETS_DIR / "tilesets" / name, tmp_path / "assets" / "tilesets")
    for folder in ("sprites", "audio"):
        (tmp_path / "assets" / folder).symlink_to(ASSETS_DIR / folder, target_is_directory=True)
    return tmp_path


def load(room: Path):
    return load_map(
        str(room / "maps" / "samples" / "first_room.tmx"),
        assets_dir=str(room / "assets"),
        maps_dir=str(room / "maps"),
    )


def messages(room: Path) -> list[str]:
    with pytest.raises(ContentError) as refused:
        load(room)
    return [str(problem) for problem in refused.value.problems]


def test_a_tileset_edited_between_two_loads_is_checked_again(room: Path) -> None:
    assert load(room).data.name == "first_room"
    tsx = room / "assets" / "tilesets" / "dream_mara.tsx"
    tsx.write_text(tsx.read_text(encoding="utf-8").replace('tilewidth="16"', 'tilewidth="32"'), encoding="utf-8")
    assert any("dream_mara.tsx: tileset 'dream_mara': tilewidth is 32, must be 16" in m for m in messages(room))
    tsx.write_text((ASSETS_DIR / "tilesets" / "dream_mara.tsx").read_text(encoding="utf-8"), encoding="utf-8")
    assert load(room).data.name == "first_room"


def test_an_image_replaced_under_an_unchanged_tileset_is_checked_again(room: Path) -> None:
    assert load(room).data.name == "first_room"
    png = room / "assets" / "tilesets" / "dream_mara.png"
    png.write_bytes(b"not a picture")
    assert any("image dream_mara.png is not a PNG image" in m for m in messages(room))
    png.unlink()
    assert any("image dream_mara.png not found" in m for m in messages(room))
    shutil.copy(ASSETS_DIR / "tilesets" / "dream_mara.png", png)
    assert load(room).data.name == "first_room"


def test_a_problem_of_a_shared_tileset_is_reported_at_every_load_not_only_the_first(room: Path) -> None:
    tsx = room / "assets" / "tilesets" / "dream_mara.tsx"
    tsx.write_text(tsx.read_text(encoding="utf-8").replace('tileheight="16"', 'tileheight="8"'), encoding="utf-8")
    first, second = messages(room), messages(room)
    assert first == second and any("tileheight is 8, must be 16" in m for m in first)


def test_a_shared_file_is_parsed_again_when_its_bytes_change(tmp_path: Path) -> None:
    path = tmp_path / "t.tsx"
    path.write_text('<tileset name="a"/>', encoding="utf-8")
    first = read_shared(str(path))
    assert first.root is not None and first.root.get("name") == "a"
    assert read_shared(str(path)) is first  # the same bytes: the same parse
    path.write_text('<tileset name="b"/>', encoding="utf-8")
    second = read_shared(str(path)).root
    assert second is not None and second.get("name") == "b"
    path.write_text("<tileset", encoding="utf-8")
    broken = read_shared(str(path))
    assert broken.root is None and broken.error is not None and broken.error.startswith("not valid XML")
    path.unlink()
    assert read_shared(str(path)).error == "file not found"
