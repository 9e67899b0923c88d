"""Every loader refuses an unreadable file in the same few plain words."""

import pytest
from itb_console.device.text_files import read_text


class LoaderError(ValueError):
    pass


def test_a_file_that_reads_gives_its_text(tmp_path):
    path = tmp_path / "ok.toml"
    path.write_text("id = 'é'\n", encoding="utf-8")
    assert read_text(path, LoaderError) == "id = 'é'\n"


@pytest.mark.parametrize(("make", "why"), [
    (lambda path: None, "No such file or directory"),
    (lambda path: path.mkdir(), "Is a directory"),
    (lambda path: path.write_bytes(b"ok\n\xff\xfe"), "it is not UTF-8 text: byte 4 is 0xFF"),
])
def test_a_file_that_does_not_read_is_refused_with_why_once(tmp_path, make, why):
    path = tmp_path / "scenario.toml"
    make(path)
    with pytest.raises(LoaderError) as refused:
        read_text(path, LoaderError)
    assert str(refused.value) == f"{path}: cannot be read ({why})"
    with pytest.raises(LoaderError) as named:
        read_text(path, LoaderError, "resources/drugs.toml")
    assert str(named.value) == f"resources/drugs.toml: cannot be read ({why})"
