"""Language detection: offline, among the candidate languages, with a fallback (texts our own)."""
import pickle
import subprocess
import sys

import pytest

from tollwatch.extract.language import LanguageDetector, detect_language, language_detector

REPORTS = {
    "en": "Three police officers were killed when a roadside bomb struck their patrol on Monday.",
    "fr": "Trois policiers ont été tués lundi par l'explosion d'une bombe au passage de leur patrouille.",
    "es": "Tres policías murieron el lunes cuando una bomba estalló al paso de su patrulla.",
    "ru": "В понедельник трое полицейских погибли при взрыве бомбы на пути их патруля.",
    "uk": "У понеділок троє поліцейських загинули від вибуху бомби на шляху їхнього патруля.",
}

HEADLINES = {
    "en": "Border clash leaves two soldiers dead",
    "fr": "Deux soldats tués dans un accrochage à la frontière",
    "es": "Dos soldados muertos en un choque fronterizo",
    "ru": "Два военных погибли в столкновении на границе",
    "uk": "Двоє військових загинули під час сутички на кордоні",
}


@pytest.fixture(scope="module")
def detector():
    return LanguageDetector()


def test_a_fresh_detector_builds_and_detects_with_the_network_off(network_off):
    fresh = LanguageDetector()
    assert {lang: fresh.detect(text) for lang, text in REPORTS.items()} == {
        "en": "en", "fr": "fr", "es": "es", "ru": "ru", "uk": "uk"}


@pytest.mark.parametrize("lang", sorted(HEADLINES))
def test_headlines_alone(detector, lang):
    assert detector.detect(HEADLINES[lang]) == lang


@pytest.mark.parametrize("text", ["", None, "   ", "12 345 - 2022-09-18", "!!! ... ???"])
def test_no_evidence_gives_the_fallback(detector, text):
    assert detector.detect(text, fallback="fr") == "fr"
    assert detector.detect(text) == "en"


def test_candidates_restrict_the_answer():
    only_two = LanguageDetector(("en", "ru"))
    assert only_two.detect(REPORTS["uk"]) == "ru"
    assert only_two.detect(REPORTS["es"]) in {"en", "ru"}
    assert LanguageDetector(("fr",)).detect(REPORTS["ru"]) == "fr"
    assert LanguageDetector(("fr",)).detect("", fallback="en") == "en"


def test_unknown_candidate_is_refused():
    with pytest.raises(ValueError):
        LanguageDetector(("en", "xx"))
    with pytest.raises(ValueError):
        LanguageDetector(())


def test_detect_language_reuses_one_detector_per_candidate_set():
    assert detect_language(REPORTS["es"]) == "es"
    assert detect_language(REPORTS["es"], candidates=("en", "fr"), fallback="en") in {"en", "fr"}
    assert detect_language("", fallback="ru") == "ru"
    assert language_detector() is language_detector()
    assert language_detector(("en", "fr")) is not language_detector()


def test_confidence_lists_the_candidates_best_first(detector):
    values = detector.confidence(REPORTS["fr"])
    assert values[0][0] == "fr" and 0.5 < values[0][1] <= 1.0
    assert sorted(code for code, _ in values) == ["en", "es", "fr", "ru", "uk"]
    assert sum(value for _, value in values) == pytest.approx(1.0)


def test_a_detector_travels_to_a_worker_as_its_settings():
    copy = pickle.loads(pickle.dumps(LanguageDetector(("en", "ru"))))
    assert copy.candidates == ("en", "ru")
    assert copy.detect(REPORTS["ru"]) == "ru"


def test_importing_the_module_loads_no_model():
    code = "import sys, tollwatch.extract.language; print('lingua' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
