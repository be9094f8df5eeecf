"""What an archivist knows before seeing any gold: how much each cue speaks for each role.

The fitted table starts from these weights and corrects them where the gold disagrees, so
that a cue seen in two or three dev documents cannot outweigh general knowledge (a sentence is
running text; `Copies:` opens a list; spaced capitals are a signature).
"""

from __future__ import annotations

PRIOR: dict[str, dict[str, float]] = {
    "text": {
        "bias": 1.0, "sentence": 4.0, "words_16_plus": 3.0, "words_9_15": 1.0,
        "starts_lower": 1.5, "ends_colon": 1.0, "address_start": 1.0, "receipt": 1.5,
        "form_name": 0.5, "precedence": 1.5, "from_line": 1.0, "quote_open": 1.0,
        "ends_exclamation": 1.0, "sentence@main": 2.0, "reference": 2.0, "label_before_note": 2.0,
        "to_head": 1.0, "prev_open_end": 1.0, "form_name_only": 2.0, "words_0": 2.0,
    },
    "signed": {
        "name_like@closer": 2.0, "name_in_caps": 1.0, "spaced_capitals": 5.0,
        "signature_mark": 4.0, "valediction": 2.0, "office_title@closer": 0.5,
        "body_name@closer": 0.5, "last_of_zone@closer": 0.3, "name_like@opener": -1.5,
        "words_9_15": -1.0, "words_16_plus": -3.0, "sentence": -4.0, "digits_only": -2.0,
        "has_date": -1.5, "number_sign": -2.0, "distribution_head": -2.0, "receipt": -2.0,
        "ends_colon": -2.0, "starts_lower": -2.0, "classification_line": -2.0,
        "previous=distribution": -1.5, "label_before_note": -2.0, "signing_body@closer": 1.5,
        "reference": -2.0, "to_head": -2.0, "all_caps@closer": 0.5, "words_0": -3.0,
        "name_after_prose": 1.5, "valediction_name": 3.0, "form_name_only": -1.0,
    },
    "dateline": {
        "date_only": 3.0, "has_date": 1.0, "sending": 2.5, "time": 0.5, "sentence": -4.0,
        "words_9_15": -1.0, "words_16_plus": -3.0, "receipt": -3.0, "number_sign": -1.0,
        "starts_lower": -1.0, "date_only@main": -1.0, "prev_open_end": -2.0,
        "prev_receipt": -2.0, "form_name": -2.0,
    },
    "classification": {
        "classification_line": 5.0, "classification_word": 1.5, "sentence": -4.0,
        "words_5_8": -0.5, "words_9_15": -2.0, "words_16_plus": -3.0, "precedence": -1.0,
        "distribution_head": -1.5,
    },
    "number": {
        "number_at_start": 3.0, "number_sign": 2.0, "code_token": 1.5, "digits_only": 1.0,
        "sentence": -4.0, "has_date": -0.5, "words_9_15": -2.0, "words_16_plus": -3.0,
        "receipt": -1.0, "distribution_head": -1.0, "starts_lower": -1.0, "reference": -3.0,
        "number_sign@main": -1.0, "number_at_start@main": 1.0, "form_name_only": -2.0,
        "words_0": -2.0,
    },
    "distribution": {
        "distribution_head": 3.0, "comma_list": 1.0, "recipient_title": 1.0,
        "enumerated": 1.0, "prev_distribution_head": 2.0, "previous=distribution": 2.5,
        "sentence": -4.0, "words_16_plus": -2.0, "has_date": -1.0, "number_sign": -0.5,
        "to_head": 0.5, "plural_recipients": 1.5, "copy_item": 2.0,
        "previous=distribution+name_like": 2.0,
        "previous=distribution+words_1": 1.0, "previous=distribution+recipient_title": 1.0,
    },
    "stamp": {"stamp_mark": 3.0, "sentence": -3.0, "words_16_plus": -2.0},
}
