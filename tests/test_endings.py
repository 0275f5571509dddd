"""Which ending a playthrough reaches, decided by the story's own rules from its variables
alone (main.ink: threshold_begin, pull_back, lost_count, decide_ending): who drifts into the
light at the Threshold, who can pull whom back, and what the final choice then confirms."""

from __future__ import annotations

from itertools import combinations, permutations

import pytest

from game.story.runtime import Story

from .conftest import ROOT

WHO = ("mara", "jonas", "lila", "roe")
BONDS = tuple(f"bond_{a}_{b}" for a, b in combinations(WHO, 2))
STORY = ROOT / "assets" / "story" / "main.json"


def story(tethers: dict[str, int], bonds: dict[str, int] | None = None, playing: str = "mara") -> Story:
    """The story as the Threshold finds it: each one's tether and the bonds between them."""
    told = Story.load(STORY)
    told.bind("play_sfx", lambda name: None)
    told.bind("begin_chapter", lambda name: None)
    who = {"now": playing}
    told.bind("playing", lambda: who["now"])
    told.who = who  # type: ignore[attr-defined]  # the test changes who is playing
    for name in WHO:
        told.set(f"tether_{name}", tethers.get(name, 3))
    for name, value in (bonds or {}).items():
        told.set(name, value)
    told.call("threshold_begin")
    return told


def play_as(told: Story, name: str) -> None:
    told.who["now"] = name  # type: ignore[attr-defined]


def test_those_whose_tether_is_gone_drift_and_the_rest_do_not() -> None:
    told = story({"mara": 1, "jonas": 0, "lila": -3, "roe": 5})
    assert [told.get(f"drifting_{w}") for w in WHO] == [False, True, True, False]
    assert told.call("lost_count") == 2


def test_nobody_drifting_and_waking_is_dawn_for_all_four() -> None:
    told = story({})
    assert told.call("lost_count") == 0
    told.call("decide_ending", True)
    assert told.get("ending") == "dawn"
    assert all(told.get(f"woke_{w}") for w in WHO)


@pytest.mark.parametrize(("rescuer", "drifter"), list(permutations(WHO, 2)))
def test_only_someone_bonded_enough_pulls_a_drifter_back(rescuer: str, drifter: str) -> None:
    pair = "_".join(sorted((rescuer, drifter), key=WHO.index))
    weak = story({drifter: -1}, {f"bond_{pair}": 1}, playing=rescuer)
    assert weak.call("pull_back", drifter) is False
    assert weak.call("lost", drifter) is True
    strong = story({drifter: -1}, {f"bond_{pair}": 2}, playing=rescuer)
    assert strong.call("pull_back", drifter) is True
    assert strong.get(f"saved_{drifter}") is True and strong.call("lost_count") == 0


def test_nobody_pulls_themselves_back() -> None:
    told = story({"lila": -2}, {"bond_lila_roe": 9}, playing="lila")
    assert told.call("pull_back", "lila") is False


def test_a_drifter_pulled_back_wakes_with_the_others_at_dawn() -> None:
    told = story({"jonas": -1}, {"bond_jonas_lila": 1, "bond_jonas_roe": 3}, playing="lila")
    assert told.call("pull_back", "jonas") is False  # Lila tries first: not close enough
    play_as(told, "roe")
    assert told.call("pull_back", "jonas") is True  # Roe is
    told.call("decide_ending", True)
    assert told.get("ending") == "dawn"


def test_one_left_in_the_light_and_waking_is_half_light_with_them_asleep() -> None:
    told = story({"lila": -4})
    told.call("decide_ending", True)
    assert told.get("ending") == "half_light"
    assert [told.get(f"woke_{w}") for w in WHO] == [True, True, False, True]


def test_staying_together_is_lullaby_and_nobody_wakes() -> None:
    told = story({"mara": 0, "roe": -2})
    assert told.call("lost_count") == 2
    told.call("decide_ending", False)
    assert told.get("ending") == "lullaby"
    assert not any(told.get(f"woke_{w}") for w in WHO)


def test_all_four_in_the_light_can_only_stay() -> None:
    told = story(dict.fromkeys(WHO, -1))
    assert told.call("lost_count") == 4  # nobody is left outside the light to reach anyone
    told.call("decide_ending", False)
    assert told.get("ending") == "lullaby"


def test_bond_between_reads_each_pair_either_way_round() -> None:
    told = story({})
    for number, (a, b) in enumerate((p for p in permutations(WHO, 2) if WHO.index(p[0]) < WHO.index(p[1])), 1):
        told.set(f"bond_{a}_{b}", number)
        assert told.call("bond_between", a, b) == number
        assert told.call("bond_between", b, a) == number


def read_to_choices(told: Story) -> list[str]:
    """Every line up to the next choice (or the end); the choices then on offer."""
    for _ in range(200):
        if told.step() is None:
            break
    return [choice.text for choice in told.choices]


@pytest.mark.parametrize(
    "drifting", range(16), ids=lambda bits: "+".join(w for i, w in enumerate(WHO) if bits >> i & 1) or "nobody"
)
def test_every_state_of_the_threshold_offers_a_way_on_and_each_leads_to_the_ending_it_should(drifting: int) -> None:
    """For every set of drifters and every set of them pulled back, the door of light offers
    exactly the choices the rules allow (never none), and each one ends as the rules say."""
    drifters = [w for i, w in enumerate(WHO) if drifting >> i & 1]
    for saved_bits in range(1 << len(drifters)):
        saved = {w for i, w in enumerate(drifters) if saved_bits >> i & 1}
        lost = [w for w in drifters if w not in saved]
        for choice in ("Wake up", "Stay. Together.", "Not yet"):
            told = story({w: (-1 if w in drifters else 2) for w in WHO}, dict.fromkeys(BONDS, 2))
            for w in saved:
                play_as(told, next(o for o in WHO if o != w))
                assert told.call("pull_back", w) is True
            told.start("threshold.choice")
            offered = read_to_choices(told)
            expected = [
                *(["Not yet"] if 0 < len(lost) < 4 else []),
                *(["Wake up"] if len(lost) < 4 else []),
                *(["Stay. Together."] if len(lost) >= 2 else []),
            ]
            assert offered == expected, (drifters, sorted(saved))
            if choice not in offered:
                continue
            told.choose(offered.index(choice))
            read_to_choices(told)
            if choice == "Not yet":
                assert told.get("ending") == ""
                continue
            if choice == "Wake up":
                assert told.get("ending") == ("dawn" if not lost else "half_light")
                assert [told.get(f"woke_{w}") for w in WHO] == [w not in lost for w in WHO]
            else:
                assert told.get("ending") == "lullaby"
                assert not any(told.get(f"woke_{w}") for w in WHO)
