package org.doyak.nlu;

import java.util.List;

/**
 * The understander to use when no intent model is available: detects the language and knows no
 * intents, so only flow keywords, commands and buttons start flows.
 */
public final class NoClassifier implements Understander {

    @Override
    public Understanding understand(String text, String languageHint) {
        return new Understanding(LanguageDetector.detect(text, languageHint), List.of(), List.of(), 1.0);
    }
}
