"""Child for test_crash.py: edits and comments a project as fast as it can until it is killed.

After each `Project.apply` returns it appends what it committed to a log, with the time,
and fsyncs the log, so the parent knows what the project must hold after the SIGKILL."""
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.annotations import AddAnnotation, ResolveAnnotation  # noqa: E402
from app.core.operations import SetParagraphText, SnapshotRevision  # noqa: E402
from app.store import Project  # noqa: E402


def main(project_path: str, log_path: str, run: int) -> None:
    rng = random.Random(run)
    log = open(log_path, "a", encoding="utf-8")

    def record(**entry):
        entry["t"] = time.time()
        log.write(json.dumps(entry) + "\n")
        log.flush()
        os.fsync(log.fileno())

    project = Project.open(project_path)
    assert not project.read_only, project.read_only_reason
    record(kind="open")
    n = len(project.working)
    k = 0
    while True:
        k += 1
        roll = rng.random()
        p = rng.randrange(n)
        if roll < 0.6:
            text = f"run {run} edit {k}: " + " ".join(rng.choice(["alpha", "beta", "gamma", "délai", "👍🏽"])
                                                    for _ in range(rng.randint(3, 60)))
            project.apply(SetParagraphText(p, text))
            record(kind="edit", p=p, run=run, k=k)
        elif roll < 0.85:
            end = min(len(project.working[p].text), 8)
            op = project.apply(AddAnnotation(p, 0, end, f"run {run} note {k}", category="Fluency", severity="Minor"))
            record(kind="add", id=op.id, body=f"run {run} note {k}")
        elif roll < 0.97:
            open_ids = [a.id for a in project.annotations if a.is_open]
            if open_ids:
                i = rng.choice(open_ids)
                project.apply(ResolveAnnotation(i))
                record(kind="resolve", id=i)
        else:
            op = project.apply(SnapshotRevision(f"run {run} snapshot {k}"))
            record(kind="revision", id=op.id)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
