package org.doyak.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What of a conversation may be stored (and so shown to staff, exported or kept until erasure): texts
 * with identifiers masked ({@link PersonalData}); after the seeker declined consent (slot {@code consent}
 * is {@code no}) nothing of what they type, only a placeholder (the caller's, from {@code messages.yaml});
 * slot values masked too, except the
 * contact a seeker gave for a booking or callback (slots named {@code *_contact}), which is that
 * request's own field, erased with it. Stateless, thread-safe.
 */
public final class StoredForm {
    private static final String CONTACT_SUFFIX = "_contact";

    private StoredForm() {
    }

    /**
     * The stored form of a message's text.
     *
     * @param fromSeeker whether the seeker wrote it (counselors' and the bot's texts are masked only)
     * @param slots the conversation's slots after the turn (for the consent answer)
     * @param notKept stored instead of a seeker's message after they declined consent
     */
    public static String text(String text, boolean fromSeeker, Map<String, String> slots, String notKept) {
        if (fromSeeker && declined(slots)) {
            return notKept;
        }
        return PersonalData.mask(text);
    }

    /** The stored form of slot values: masked, except booking and callback contacts. */
    public static Map<String, String> slots(Map<String, String> slots) {
        Map<String, String> kept = new LinkedHashMap<>();
        slots.forEach((k, v) -> kept.put(k, k.endsWith(CONTACT_SUFFIX) ? v : PersonalData.mask(v)));
        return kept;
    }

    /** Whether the seeker declined consent. */
    public static boolean declined(Map<String, String> slots) {
        return "no".equals(slots.get("consent"));
    }
}
