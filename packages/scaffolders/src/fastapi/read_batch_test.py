"""Tests of the generated projects' ReadBatch (app/read_batch.py), run by read-batch.test.ts in the
Python runtime image against the rendered template, imported here as `read_batch`.

Deterministic: loads answer only when a test says so, and a "turn" is one pass of the event loop
(asyncio.sleep(0) lets every task that is ready run once), so a test decides what is in flight when.
"""

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from read_batch import ReadBatch


async def next_turn() -> None:
    await asyncio.sleep(0)


@dataclass
class Sent:
    keys: list[str]
    answer: Callable[[], None]
    answered: bool = False


class FakeTable:
    """Rows by key whose loads take a snapshot when the statement is sent, as PostgreSQL's do, and
    answer only when the test calls the load's answer()."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.sent: list[Sent] = []

    async def load(self, keys: list[str]) -> dict[str, int]:
        snapshot = {key: self.rows[key] for key in keys if key in self.rows}
        answered: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        sent = Sent(keys, lambda: None)

        def answer() -> None:
            sent.answered = True
            answered.set_result(None)

        sent.answer = answer
        self.sent.append(sent)
        await answered
        return snapshot

    def pending(self) -> list[Sent]:
        return [sent for sent in self.sent if not sent.answered]


def test_answers_every_read_of_one_turn_with_one_load_of_their_distinct_keys() -> None:
    async def scenario() -> None:
        table = FakeTable()
        table.rows.update(a=1, b=2)
        batch = ReadBatch(table.load)
        reads = [batch.read("a"), batch.read("b"), batch.read("a"), batch.read("missing")]
        assert table.sent == []
        await next_turn()
        assert [sent.keys for sent in table.sent] == [["a", "b", "missing"]]
        table.sent[0].answer()
        assert await asyncio.gather(*reads) == [1, 2, 1, None]

    asyncio.run(scenario())


def test_maps_answers_back_by_key_whatever_order_the_load_returns_them_in() -> None:
    async def scenario() -> None:
        asked: list[list[str]] = []

        async def load(keys: list[str]) -> dict[str, str]:
            asked.append(keys)
            # Rows in another order than asked, one key without a row, one row nobody asked for.
            return {"c": "row c", "stray": "row stray", "a": "row a"}

        batch = ReadBatch(load)
        reads = [batch.read(key) for key in ("c", "b", "a", "c")]
        assert await asyncio.gather(*reads) == ["row c", None, "row a", "row c"]
        # Distinct keys, in the order they were first asked for.
        assert asked == [["c", "b", "a"]]

    asyncio.run(scenario())


def test_holds_a_batch_while_the_last_one_is_on_its_way_and_never_lets_a_read_join_a_load_already_sent() -> None:
    async def scenario() -> None:
        table = FakeTable()
        table.rows.update(a=1, b=2)
        batch = ReadBatch(table.load)
        before = batch.read("a")
        await next_turn()
        assert len(table.sent) == 1
        # The first load is on its way (its snapshot taken) when a write is acknowledged and the writer reads back.
        table.rows["a"] = 3
        after = [batch.read("a"), batch.read("b")]
        await next_turn()
        assert len(table.sent) == 1
        later = batch.read("b")
        table.sent[0].answer()
        assert await before == 1
        await next_turn()
        assert [sent.keys for sent in table.sent] == [["a"], ["a", "b"]]
        table.sent[1].answer()
        assert [*(await asyncio.gather(*after)), await later] == [3, 2, 2]

    asyncio.run(scenario())


def test_with_room_for_more_loads_in_flight_sends_each_batch_at_the_end_of_its_own_turn() -> None:
    async def scenario() -> None:
        table = FakeTable()
        table.rows["a"] = 1
        batch = ReadBatch(table.load, max_in_flight=2)
        before = batch.read("a")
        await next_turn()
        table.rows["a"] = 2
        after = batch.read("a")
        await next_turn()
        assert [sent.keys for sent in table.sent] == [["a"], ["a"]]
        # Answered in either order, each read gets what its own load saw.
        table.sent[1].answer()
        table.sent[0].answer()
        assert await after == 2
        assert await before == 1

    asyncio.run(scenario())


@pytest.mark.parametrize("seed", range(20))
def test_every_read_sees_the_writes_acknowledged_before_it_was_made_under_any_interleaving(seed: int) -> None:
    """Writes, reads, loads answered in any order and turns passing, interleaved at random (seeded): a
    read that joined a load sent before it was made would see an older value than its floor."""

    async def scenario() -> None:
        rng = random.Random(seed)  # noqa: S311 - a reproducible schedule, not a secret
        table = FakeTable()
        keys = ["a", "b", "c"]
        table.rows.update(dict.fromkeys(keys, 0))
        batch = ReadBatch(table.load, max_in_flight=rng.choice([1, 2, 3]))
        # (key, the value of the last write acknowledged before the read was made, the read)
        checks = []
        for _ in range(400):
            draw, key = rng.random(), rng.choice(keys)
            if draw < 0.25:
                table.rows[key] += 1
            elif draw < 0.65:
                checks.append((key, table.rows[key], batch.read(key)))
            elif draw < 0.85 and table.pending():
                rng.choice(table.pending()).answer()
            else:
                await next_turn()
        while table.pending() or not all(read.done() for _, _, read in checks):
            for sent in table.pending():
                sent.answer()
            await next_turn()
        stale = [(key, floor, read.result()) for key, floor, read in checks if read.result() < floor]
        assert stale == []
        # The reads really shared loads, and loads really overlapped writes.
        assert max(len(sent.keys) for sent in table.sent) > 1
        assert len(table.sent) < len(checks)

    asyncio.run(scenario())


def test_rejects_every_read_of_a_failed_load_and_the_next_turn_starts_afresh() -> None:
    async def scenario() -> None:
        fail = True

        async def load(keys: list[str]) -> dict[str, int]:
            if fail:
                raise ConnectionError("connection lost")
            return {key: len(key) for key in keys}

        batch = ReadBatch(load)
        failed = [batch.read("a"), batch.read("bb"), batch.read("a")]
        results = await asyncio.gather(*failed, return_exceptions=True)
        assert [str(result) for result in results] == ["connection lost"] * 3
        assert all(isinstance(result, ConnectionError) for result in results)
        fail = False
        assert await batch.read("bb") == 2

    asyncio.run(scenario())


def test_a_cancelled_request_leaves_the_others_reading_the_same_key_unharmed() -> None:
    async def scenario() -> None:
        table = FakeTable()
        table.rows["a"] = 1

        batch = ReadBatch(table.load)

        async def request() -> int | None:
            return await batch.read("a")

        # One request gives up while its batch is still open, one while the load is on its way.
        early, late, kept = (asyncio.create_task(request()) for _ in range(3))
        await next_turn()
        early.cancel()
        await next_turn()
        assert [sent.keys for sent in table.sent] == [["a"]]
        late.cancel()
        await next_turn()
        table.sent[0].answer()
        assert await kept == 1
        assert early.cancelled()
        assert late.cancelled()
        # And the batch goes on serving.
        again = batch.read("a")
        await next_turn()
        table.sent[1].answer()
        assert await again == 1

    asyncio.run(scenario())


def test_a_read_from_another_event_loop_is_loaded_on_its_own() -> None:
    asked: list[list[str]] = []

    async def load(keys: list[str]) -> dict[str, str]:
        asked.append(keys)
        return {key: key.upper() for key in keys}

    async def make() -> ReadBatch[str, str]:
        return ReadBatch(load)

    batch = asyncio.run(make())

    async def elsewhere() -> list[str | None]:
        return list(await asyncio.gather(batch.read("a"), batch.read("b")))

    # The loop the batch was made on is gone; a loop of its own reads each key alone.
    assert asyncio.run(elsewhere()) == ["A", "B"]
    assert asked == [["a"], ["b"]]
