package org.doyak.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a message asks for a fact about a program, center or event (answered by the
 * {@value #FACTS_FLOW} flow without consent), and what it names. A question names a subject (entities
 * {@code program}, {@code center}, {@code event}, or a {@code region} whose centers are meant) and a
 * {@code facet}; a follow-up ("거기 주소는?", "주소도", "what about Incheon?") leaves out what the
 * previous answer was about, which the conversation keeps in the {@code topic_*} slots. A question
 * about the seeker's own eligibility ("23살인데 받을 수 있어?") is not a fact question: it needs consent.
 * Nor is a question that names another topic without pointing back ("실업급여 받을 수 있나요" after a
 * list of events): the thread holds only for follow-ups and for questions the classifier puts on no
 * other topic (an intent that starts a flow; a feeling is no topic); a follow-up that asks for something
 * else ("거기 예약 가능?") starts that topic's flow, about the same subject (see {@link EntitySlots}).
 */
final class Questions {
    /** The flow that answers fact questions. */
    static final String FACTS_FLOW = "facts";
    static final String TOPIC_KIND = "topic_kind";
    private static final Set<String> PERSONAL = Set.of("age", "status", "benefit", "major");
    /** Intents under which a bare name ("도약보장패키지?") asks what it is. */
    private static final Set<String> ABOUT_INTENTS = Set.of("program_search", "find_center", "events", "follow_up");
    /** Details only a center has: asked with no subject on a center's page ("what are your hours?"), about it. */
    private static final Set<String> CENTER_FACETS = Set.of("hours", "weekend", "phone", "address", "website");
    /** A short message with only a place, after an answer, asks the same about that place. */
    private static final int SHORT = 20;

    private Questions() {
    }

    /** The {@code q_*} slots of the fact question the message asks, or empty when it asks none. */
    static Optional<Map<String, String>> fact(Meaning meaning, Map<String, String> slots, TriggerIndex index) {
        ContentIds known = index.ids();
        if (meaning.has("booking_op") || meaning.longText()) {
            return Optional.empty();
        }
        List<String> facets = meaning.values("facet");
        Map<String, String> ids = ids(meaning, known);
        boolean named = !ids.isEmpty();
        boolean region = meaning.has("region");
        boolean thread = !slots.getOrDefault(TOPIC_KIND, "").isEmpty();
        boolean personal = PERSONAL.stream().anyMatch(meaning::has);
        boolean followUp = meaning.has("anaphora") || meaning.is("follow_up");
        Optional<String> intent = meaning.confident().map(s -> s.name());
        boolean otherTopic = intent.filter(i -> !ABOUT_INTENTS.contains(i) && !Meaning.OUT_OF_SCOPE.equals(i)
                && index.intent(i).isPresent()).isPresent();
        if (!facets.isEmpty()) {
            if (facets.contains("eligibility") && personal) {
                return Optional.empty();
            }
            boolean about = named || region || thread && (followUp || !otherTopic);
            return about ? Optional.of(slots(meaning, ids, String.join(",", facets))) : Optional.empty();
        }
        if (named && !personal && intent.map(ABOUT_INTENTS::contains).orElse(true)) {
            return Optional.of(slots(meaning, ids, "what"));
        }
        boolean bare = meaning.text().length() <= SHORT && intent.map(ABOUT_INTENTS::contains).orElse(true);
        if (thread && (followUp || region && bare) && !otherTopic) {
            return Optional.of(slots(meaning, ids, ""));
        }
        return Optional.empty();
    }

    /**
     * On a center's own page (not a center picked by region), with no question pending: a center's detail
     * asked with no subject, no place and no thread ("hi, what are your hours?", "전화번호 알려주세요") is
     * about that center.
     */
    static Optional<Map<String, String>> aboutOwnCenter(Meaning meaning, Map<String, String> slots) {
        String home = slots.getOrDefault(Conversation.CENTER_SLOT, "");
        List<String> facets = meaning.values("facet");
        boolean centerDetail = facets.stream().anyMatch(CENTER_FACETS::contains)
                && facets.stream().allMatch(f -> CENTER_FACETS.contains(f) || "what".equals(f));
        if (home.isEmpty() || !slots.getOrDefault(CenterSlots.BY_SLOT, "").isEmpty() || !centerDetail
                || meaning.has("region") || !slots.getOrDefault(TOPIC_KIND, "").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(slots(meaning, Map.of("center", home), String.join(",",
                facets.stream().filter(CENTER_FACETS::contains).toList())));
    }

    /** The content ids the message names, by kind; a name the content does not have is left out. */
    private static Map<String, String> ids(Meaning meaning, ContentIds known) {
        Map<String, String> ids = new HashMap<>();
        for (String kind : List.of("program", "center", "event")) {
            meaning.values(kind).stream().filter(v -> known.known(kind, v)).findFirst()
                    .ifPresent(id -> ids.put(kind, id));
        }
        return ids;
    }

    private static Map<String, String> slots(Meaning meaning, Map<String, String> ids, String facet) {
        Map<String, String> q = new HashMap<>();
        q.put("q_facet", facet);
        for (String kind : List.of("program", "center", "event")) {
            q.put("q_" + kind, ids.getOrDefault(kind, ""));
        }
        q.put("q_region", meaning.first("region"));
        return q;
    }
}
