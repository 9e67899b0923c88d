"""The one training-mock banner: its words, and the names the style sheet and readers use."""

from itb_console.ui.banner import training_banner


def test_the_plain_banner_says_training_mock(qtbot):
    banner = training_banner()
    qtbot.addWidget(banner)
    assert banner.text() == "Training mock, not for clinical use"
    assert banner.objectName() == "banner"
    assert banner.accessibleName() == "Training mock banner"


def test_a_window_adds_its_own_words_after_the_mark(qtbot):
    banner = training_banner("instructor's panel")
    qtbot.addWidget(banner)
    assert banner.text() == "Training mock, not for clinical use - instructor's panel"
