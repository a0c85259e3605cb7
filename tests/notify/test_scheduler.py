import threading

import pytest

from onward.notify.scheduler import run_worker


def test_the_worker_runs_passes_until_stopped_and_survives_a_failing_pass() -> None:
    stop = threading.Event()
    calls: list[int] = []
    errors: list[str] = []

    def once() -> int:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("database briefly away")
        if len(calls) == 4:
            stop.set()
        return len(calls)

    seen: list[int] = []
    passes = run_worker(once, interval=0, stop=stop, on_pass=seen.append,
                        on_error=lambda e: errors.append(str(e)))
    assert passes == 4 and seen == [1, 3, 4] and errors == ["database briefly away"]


def test_max_passes_and_errors_without_a_handler() -> None:
    assert run_worker(lambda: None, interval=0, max_passes=3) == 3
    with pytest.raises(ValueError):
        run_worker(lambda: int("x"), interval=0)


def test_a_worker_in_a_thread_stops_when_told() -> None:
    stop = threading.Event()
    worker = threading.Thread(target=run_worker, args=(lambda: None,),
                              kwargs={"interval": 30, "stop": stop})
    worker.start()
    stop.set()
    worker.join(timeout=5)
    assert not worker.is_alive()
