"""The shipped drug table and bad drug tables."""

import pytest
from itb_console.device import drugs
from itb_console.device.clock import ManualClock
from itb_console.device.default_pump import load_initial_pump
from itb_console.device.drugs import load_drugs, parse_drugs
from itb_console.device.pump_model import PumpModel
from itb_console.device.pump_profiles import load_profile
from itb_console.device.resource_toml import ProfileError
from itb_console.device.therapy import Concentration, TherapyError


def test_drug_table_has_the_label_concentrations():
    baclofen = load_drugs()["baclofen"]
    assert [c.mcg_per_ml for c in baclofen.concentrations] == [50, 500, 1000, 2000]
    assert baclofen.screening_concentration == Concentration(50)
    with pytest.raises(TherapyError, match="choose one of 50 mcg/mL, 500 mcg/mL"):
        baclofen.check_concentration(Concentration(750))


def test_bad_drug_tables():
    with pytest.raises(ProfileError, match="must be a list"):
        parse_drugs({}, "d.toml")
    bad = {"drug": [{"name": "baclofen", "concentrations_mcg_per_ml": [50, -1],
                     "screening_concentration_mcg_per_ml": 50}]}
    with pytest.raises(ProfileError, match="drug 1: concentration: -1"):
        parse_drugs(bad, "d.toml")


def test_the_shipped_table_is_read_once_and_shared_read_only(monkeypatch):
    """Every STAGE checks its program against the table: it must not re-read the file."""
    reads = []
    read = drugs.read_toml
    monkeypatch.setattr(drugs, "read_toml", lambda *args: reads.append(args) or read(*args))
    drugs.load_drugs.cache_clear()
    initial = load_initial_pump()
    model = PumpModel.new(load_profile("itb-20"), initial.program, initial.reservoir_nl,
                          ManualClock(1_767_225_600.0), link_clock=lambda: 0.0)
    model.open_session()
    for _ in range(5):
        model.stage_program(initial.program)
    assert len(reads) == 1
    table = drugs.load_drugs()
    with pytest.raises(TypeError):
        table["baclofen"] = table["baclofen"]  # type: ignore[index]
    assert list(drugs.load_drugs()) == ["baclofen"]


def test_a_bad_shipped_table_says_why_each_time_and_is_not_kept(monkeypatch, tmp_path):
    bad = tmp_path / "drugs.toml"
    bad.write_text('[[drug]]\nname = "baclofen"\nconcentrations_mcg_per_ml = [50, 500]\n'
                   "screening_concentration_mcg_per_ml = 40\n")
    monkeypatch.setattr(drugs, "resource_node", lambda name: bad)
    drugs.load_drugs.cache_clear()
    said = ("resources/drugs.toml: drug 1.screening_concentration_mcg_per_ml: 40 mcg/mL "
            "is not in the concentration list")
    for _ in range(2):
        with pytest.raises(ProfileError) as refused:
            drugs.load_drugs()
        assert str(refused.value) == said
    monkeypatch.undo()
    assert [c.mcg_per_ml for c in drugs.load_drugs()["baclofen"].concentrations] == [
        50, 500, 1000, 2000]
