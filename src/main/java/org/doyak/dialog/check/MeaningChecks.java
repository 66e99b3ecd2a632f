package org.doyak.dialog.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Condition;
import org.doyak.dialog.load.Closest;
import org.doyak.dialog.load.ContentSchema;
import org.doyak.dialog.load.ParsedFlow;
import org.doyak.dialog.load.ParsedFlow.Use;
import org.doyak.dialog.load.Problems;

/**
 * Checks that what flows name exists, each at the place it is written, with the name most likely
 * meant: slots in placeholders and conditions, item fields in {@code list} texts, button payloads
 * outside questions (they must start a flow or switch language), intents in triggers, and the values
 * of the {@code status} slot. Texts over Telegram's 4,096 characters are warned about. Payloads are
 * checked only when every file read cleanly, since a flow that could not be read takes its triggers with it.
 */
public final class MeaningChecks {
    /** Telegram's limit on one message, in characters; longer texts are split there. */
    public static final int MESSAGE_CHARS = 4096;
    /** Slots the engine itself sets or reads from what the seeker said (entities). */
    private static final Set<String> ENGINE_SLOTS = Set.of("age", "region", "status", "benefit", "consent",
            "handoff_reason", "handoff_flow", "handoff_priority", "counselors_return", "home_center",
            "home_center_name", "home_center_region", "handoff_center", "handoff_elsewhere", "open_center_name",
            "career_goal");
    private static final Set<String> LANGUAGE_PAYLOADS = Set.of("lang:ko", "lang:en", "lang:toggle");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_.]+)}");

    private final Set<String> slots = new HashSet<>(ENGINE_SLOTS);
    private final Set<String> payloads = new HashSet<>(LANGUAGE_PAYLOADS);
    private final Map<String, Collection> content;
    private final Optional<Set<String>> intents;
    private final boolean checkSlots;
    private final Problems problems;
    private final Problems warnings;

    private MeaningChecks(Map<String, Collection> content, Optional<Set<String>> intents, boolean checkSlots,
            Problems problems, Problems warnings) {
        this.content = content;
        this.checkSlots = checkSlots;
        this.intents = intents;
        this.problems = problems;
        this.warnings = warnings;
    }

    /**
     * Adds every problem and warning found.
     *
     * @param flows the flows as parsed
     * @param content the content collections by name
     * @param intents the intent names of {@code intents/}, or empty when the folder has none to check against
     * @param actionSlots the slots each action may set; empty when unknown, and then slots in placeholders
     *     and conditions are not checked
     * @param allFlowsRead false when a flow file could not be read (then payloads are not checked)
     */
    public static void check(List<ParsedFlow> flows, Map<String, Collection> content, Optional<Set<String>> intents,
            Optional<Map<String, Set<String>>> actionSlots, boolean allFlowsRead, Problems problems,
            Problems warnings) {
        MeaningChecks checks = new MeaningChecks(content, intents, actionSlots.isPresent(), problems, warnings);
        actionSlots.ifPresent(a -> a.values().forEach(checks.slots::addAll));
        for (ParsedFlow flow : flows) {
            checks.payloads.addAll(flow.flow().triggers().payloads());
            flow.uses().stream().filter(u -> u.kind() == Use.Kind.SLOT).forEach(u -> checks.slots.add(u.value()));
        }
        flows.forEach(f -> f.uses().stream().filter(u -> allFlowsRead || u.kind() != Use.Kind.PAYLOAD)
                .forEach(checks::use));
    }

    private void use(Use use) {
        switch (use.kind()) {
            case TEXT -> placeholders(use, checkSlots ? slots : Set.of(), "슬롯", "slot");
            case ITEM_TEXT -> placeholders(use, fields(use.context()), use.context() + " 항목의 필드",
                    "field of " + use.context());
            case PAYLOAD -> known(use, payloads, "이 버튼은 아무 데로도 가지 않아요: 어느 흐름의 triggers.payloads에도 없는 payload",
                    "this button leads nowhere: no flow's triggers.payloads has the payload");
            case ANSWER -> status(use, use.context(), use.value());
            case INTENT -> intents.ifPresent(names -> known(use, names, "intents/에 없는 의도",
                    "no such intent in intents/"));
            case CONDITION -> condition(use);
            default -> {
            }
        }
    }

    private void placeholders(Use use, Set<String> known, String ko, String en) {
        if (use.value().length() > MESSAGE_CHARS) {
            warnings.add(use.where(), "경고: 텍스트가 " + use.value().length() + "자예요. 텔레그램은 " + MESSAGE_CHARS
                    + "자씩 나눠 보내요", "warning: the text is " + use.value().length() + " characters; Telegram "
                    + "splits messages over " + MESSAGE_CHARS);
        }
        Matcher m = PLACEHOLDER.matcher(use.value());
        while (m.find()) {
            String name = m.group(1);
            String base = name.endsWith(".en") ? name.substring(0, name.length() - 3) : name;
            if (!known.isEmpty() && !known.contains(name) && !known.contains(base)) {
                String[] hint = hint(name, known);
                problems.add(use.where(), "알 수 없는 " + ko + " {" + name + "}" + hint[0],
                        "unknown " + en + " {" + name + "}" + hint[1]);
            }
        }
    }

    private Set<String> fields(String collection) {
        Set<String> names = new HashSet<>();
        Collection c = content.get(collection);
        if (c != null) {
            c.items().forEach(item -> names.addAll(item.keySet()));
        }
        ContentSchema.names(collection).ifPresent(names::addAll);
        return names;
    }

    private void condition(Use use) {
        Condition.parse(use.value()).ifPresent(c -> c.anyOf().forEach(all -> all.forEach(clause -> {
            if (checkSlots && !slots.contains(clause.slot())) {
                String[] hint = hint(clause.slot(), slots);
                problems.add(use.where(), "조건에 알 수 없는 슬롯 '" + clause.slot() + "'" + hint[0]
                        + " (어느 흐름도 이 슬롯을 묻거나 정하지 않아요)", "the condition uses unknown slot '" + clause.slot()
                        + "'" + hint[1] + " (no flow asks for or sets it)");
            } else if (clause.operator().equals("==") || clause.operator().equals("!=")) {
                status(use, clause.slot(), clause.value());
            }
        })));
    }

    private void status(Use use, String slot, String value) {
        if ("status".equals(slot) && !ContentSchema.STATUSES.contains(value)) {
            String[] hint = hint(value, ContentSchema.STATUSES);
            String allowed = String.join(", ", ContentSchema.STATUSES);
            problems.add(use.where(), "알 수 없는 status 값 '" + value + "'" + hint[0] + " (쓸 수 있는 값: " + allowed + ")",
                    "unknown status value '" + value + "'" + hint[1] + " (allowed: " + allowed + ")");
        }
    }

    private void known(Use use, Set<String> names, String ko, String en) {
        if (!names.contains(use.value())) {
            String[] hint = hint(use.value(), names);
            problems.add(use.where(), ko + " '" + use.value() + "'" + hint[0], en + " '" + use.value() + "'" + hint[1]);
        }
    }

    private static String[] hint(String word, java.util.Collection<String> known) {
        return Closest.hint(word, known);
    }
}
