package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.SystemText;

/**
 * Gives feedback on typed interview answers. With {@code kind: intro} it judges the argument {@code text}
 * as a one-minute self-introduction (spoken length, a concrete example, a link to the job, a closing);
 * with {@code kind: mock} it reviews the mock-interview answers in slots {@code mock_1} .. {@code mock_5}
 * one by one and overall. Rule-based and deterministic; it never scores the person, only the text.
 */
final class AnswerFeedback implements Action {
    static final int MOCK_QUESTIONS = 5;
    private static final Pattern CONCRETE = Pattern.compile("\\d|경험|프로젝트|인턴|아르바이트|동아리|예를 들|experience"
            + "|project|intern|for example", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOB = Pattern.compile("직무|회사|귀사|지원|업무|기여|job|role|company|team|contribute",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile("감사|잘 부탁|thank", Pattern.CASE_INSENSITIVE);

    private final Items items;

    /** Says its feedback in the texts of {@code messages.yaml} read through {@code items}. */
    AnswerFeedback(Items items) {
        this.items = items;
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        List<Choice> buttons = List.of(items.button(SystemText.BUTTON_PRACTISE_AGAIN, lang, "interview"),
                items.button(SystemText.BUTTON_BOOK, lang, "booking"),
                items.button(SystemText.BUTTON_MAIN_MENU, lang, "menu"));
        if ("mock".equals(context.args().get("kind"))) {
            return new Result(Map.of(), List.of(new Reply(mock(context.slots(), lang), buttons)));
        }
        String text = context.args().getOrDefault("text", "").strip();
        List<String> notes = new ArrayList<>(notes(text, lang, true));
        if (!CLOSING.matcher(text).find()) {
            notes.add(items.say(SystemText.INTRO_CLOSING, lang));
        }
        String body = notes.isEmpty() ? items.say(SystemText.INTRO_WELL_BUILT, lang)
                : "• " + String.join("\n• ", notes);
        return new Result(Map.of(), List.of(new Reply(items.say(SystemText.INTRO_FEEDBACK, lang,
                Map.of("seconds", String.valueOf(seconds(text, lang)), "notes", body)), buttons)));
    }

    /**
     * Notes on an answer: too short, over a minute (when {@code overMinute} is asked for; a mock interview's
     * answers may be longer), no concrete example, no link to the job.
     */
    private List<String> notes(String text, String lang, boolean overMinute) {
        List<String> notes = new ArrayList<>();
        int secs = seconds(text, lang);
        if (secs < 40) {
            notes.add(items.say(SystemText.ANSWER_SHORT, lang));
        } else if (overMinute && secs > 80) {
            notes.add(items.say(SystemText.ANSWER_LONG, lang));
        }
        if (!CONCRETE.matcher(text).find()) {
            notes.add(items.say(SystemText.ANSWER_NOT_CONCRETE, lang));
        }
        if (!JOB.matcher(text).find()) {
            notes.add(items.say(SystemText.ANSWER_NO_JOB_LINK, lang));
        }
        return notes;
    }

    /** Rough speaking time: about 5 Korean syllables or 2.5 English words per second. */
    static int seconds(String text, String lang) {
        if ("en".equals(lang)) {
            return (int) Math.round(text.split("\\s+").length / 2.5);
        }
        return text.replaceAll("\\s+", "").length() / 5;
    }

    private String mock(Map<String, String> slots, String lang) {
        List<String> answers = new ArrayList<>();
        int strong = 0;
        for (int i = 1; i <= MOCK_QUESTIONS; i++) {
            List<String> notes = notes(slots.getOrDefault("mock_" + i, "").strip(), lang, false);
            if (notes.isEmpty()) {
                strong++;
            }
            answers.add(i + ". " + (notes.isEmpty() ? items.say(SystemText.MOCK_ANSWER_GOOD, lang)
                    : String.join(" ", notes)));
        }
        return items.say(SystemText.MOCK_FEEDBACK, lang, Map.of("answers", String.join("\n", answers),
                "strong", String.valueOf(strong)));
    }
}
