"""Fixtures for the project store: a fresh project made from the Le Monde pair."""
import pytest

from app.io import load_document
from app.store import Project


@pytest.fixture
def project(tmp_path, mt_path, clean_path):
    p = Project.create(tmp_path / "lemonde.galley", load_document(mt_path), load_document(clean_path),
                       title="Le Monde", reviewer="Ann Lee", source_lang="fr", target_lang="en")
    yield p
    p.close()
