package org.doyak.scripts;

import java.util.List;
import java.util.Map;

/**
 * One conversation test from {@code tests/*.yaml}: a new conversation in {@code lang} (and in a center's
 * context when {@code center} is given), then steps.
 *
 * @param file the file as shown to staff
 * @param line the line where the test starts
 * @param name the test's name
 * @param lang {@code ko} or {@code en}
 * @param center the center whose widget the conversation starts on ({@code center: jeonbuk}), or ""
 * @param steps the steps in order
 */
record Script(String file, int line, String name, String lang, String center, List<Step> steps) {

    /** Creates an immutable script. */
    Script {
        steps = List.copyOf(steps);
    }

    /**
     * One step: send a text or press a button, then check the bot's replies and the conversation.
     *
     * @param line the step's line
     * @param say the text sent, or null
     * @param press the payload pressed, or null
     * @param contains texts the replies must contain
     * @param notContains texts the replies must not contain
     * @param buttons button titles the replies must offer
     * @param slots expected slot values (null: the slot must be unset)
     * @param mode expected mode ({@code bot}, {@code waiting}, {@code counselor}), or null
     * @param lang expected conversation language, or null
     */
    record Step(int line, String say, String press, List<String> contains, List<String> notContains,
            List<String> buttons, Map<String, String> slots, String mode, String lang) {
    }
}
