"""The signal network: which element feeds which, evaluated once per step in a fixed order.

Sources are plates, levers, zones and logic; a junction routes its inputs to the one output
its rotation selects. Evaluation is a pure function of (plates and zones pressed, levers,
rotations), walked in a topological order fixed at build time, so the same inputs always
give the same signals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from game.world.puzzle.elements import CONSUMERS, SOURCES, AllOf, Element, Gate, Junction, Lever


class Circuit:
    """Links between elements, checked once. A bad link raises ValueError naming the ids."""

    def __init__(self, elements: Sequence[Element]) -> None:
        self.by_id: dict[int, Element] = {}
        for element in elements:
            if element.id in self.by_id:
                raise ValueError(f"two puzzle elements share id {element.id}")
            self.by_id[element.id] = element
        self.inputs: dict[int, tuple[int, ...]] = {}
        for element in elements:
            if isinstance(element, CONSUMERS):
                self.inputs[element.id] = tuple(element.inputs)
        for element in elements:
            if isinstance(element, Junction):
                if not element.outputs:
                    raise ValueError(f"junction {element.id} has no outputs")
                for out in element.outputs:
                    if out == 0:
                        continue
                    target = self.by_id.get(out)
                    if target is None or not isinstance(target, CONSUMERS):
                        raise ValueError(f"junction {element.id} outputs to {out}, which takes no signal")
                    if element.id not in self.inputs[out]:
                        self.inputs[out] += (element.id,)
        for consumer, sources in self.inputs.items():
            for source in sources:
                if not isinstance(self.by_id.get(source), SOURCES):
                    raise ValueError(f"element {consumer} reads {source}, which is not a signal source")
        self.order = self._topological_order()
        self._plan = self._evaluation_plan()

    def _topological_order(self) -> tuple[int, ...]:
        """Sources before the elements reading them; ties by id, so the order is fixed."""
        pending = {i: set(self.inputs.get(i, ())) for i in self.by_id if isinstance(self.by_id[i], SOURCES + CONSUMERS)}
        order: list[int] = []
        while pending:
            ready = sorted(i for i, needs in pending.items() if not needs)
            if not ready:
                raise ValueError(f"signal loop between elements {sorted(pending)}")
            for i in ready:
                order.append(i)
                del pending[i]
            for needs in pending.values():
                needs.difference_update(ready)
        return tuple(order)

    def _evaluation_plan(self) -> tuple[tuple[int, str, tuple[tuple[int, tuple[int, ...] | None], ...]], ...]:
        """`order` with what `evaluate` needs of each element worked out once: how its signal
        is found ("lever", "all", "any" over its inputs, else "pressed") and, per input, the
        outputs of a junction (None for any other source). The solver evaluates the circuit
        many thousands of times a second."""
        plan: list[tuple[int, str, tuple[tuple[int, tuple[int, ...] | None], ...]]] = []
        for i in self.order:
            element = self.by_id[i]
            if isinstance(element, Lever):
                plan.append((i, "lever", ()))
            elif i in self.inputs:
                sources = tuple((s, self._outputs(s)) for s in self.inputs[i])
                plan.append((i, "all" if isinstance(element, AllOf) else "any", sources))
            else:
                plan.append((i, "pressed", ()))
        return tuple(plan)

    def _outputs(self, source: int) -> tuple[int, ...] | None:
        element = self.by_id[source]
        return element.outputs if isinstance(element, Junction) else None

    def feeds(self, source: int, consumer: int, values: Mapping[int, bool], rotations: Mapping[int, int]) -> bool:
        """Whether `source` delivers an on signal to `consumer`."""
        element = self.by_id[source]
        if not values.get(source, False):
            return False
        if isinstance(element, Junction):
            return element.outputs[rotations[source] % len(element.outputs)] == consumer
        return True

    def evaluate(
        self, pressed: Mapping[int, bool], levers: Mapping[int, bool], rotations: Mapping[int, int]
    ) -> dict[int, bool]:
        """Every element's signal. For a gate it is "wants to be open"; plates and zones come
        in `pressed`, lever positions in `levers`."""
        values: dict[int, bool] = {}
        for i, how, sources in self._plan:
            if how == "lever":
                values[i] = levers[i]
            elif how == "pressed":
                values[i] = pressed.get(i, False)
            else:  # as `feeds` says, for each input
                fed = [
                    values.get(s, False) and (outputs is None or outputs[rotations[s] % len(outputs)] == i)
                    for s, outputs in sources
                ]
                values[i] = all(fed) and bool(fed) if how == "all" else any(fed)
        return values

    def gates(self) -> list[Gate]:
        return [e for e in self.by_id.values() if isinstance(e, Gate)]
