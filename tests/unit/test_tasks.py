"""TaskSet (app.views.shell.tasks): tasks referenced until done, errors reported, cancelled on close."""

from __future__ import annotations

import asyncio

from app.views.shell.tasks import TaskSet, report_to_loop


async def test_spawned_tasks_are_kept_until_done_and_errors_reported() -> None:
    errors: list[BaseException] = []
    tasks = TaskSet(errors.append)
    gate = asyncio.Event()

    async def waits() -> str:
        await gate.wait()
        return "ok"

    async def fails() -> None:
        raise RuntimeError("boom")

    t = tasks.spawn(waits())
    tasks.spawn(fails())
    assert len(tasks) == 2
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert [str(e) for e in errors] == ["boom"]
    assert len(tasks) == 1
    gate.set()
    assert await t == "ok"
    assert len(tasks) == 0


async def test_aclose_cancels_and_waits_without_reporting_cancellation() -> None:
    errors: list[BaseException] = []
    tasks = TaskSet(errors.append)
    started = asyncio.Event()

    async def forever() -> None:
        started.set()
        await asyncio.Event().wait()

    t = tasks.spawn(forever())
    await started.wait()
    await tasks.aclose()
    assert t.cancelled() and len(tasks) == 0 and errors == []


async def test_report_to_loop_hands_a_failure_to_the_loops_exception_handler() -> None:
    seen: list[dict[str, object]] = []
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _loop, context: seen.append(context))
    try:
        tasks = TaskSet(report_to_loop)

        async def fails() -> None:
            raise RuntimeError("boom")

        tasks.spawn(fails())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    finally:
        loop.set_exception_handler(None)
    assert len(seen) == 1 and str(seen[0]["exception"]) == "boom"
