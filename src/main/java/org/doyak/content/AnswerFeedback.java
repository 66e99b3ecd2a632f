package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;

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

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        List<Choice> buttons = List.of(
                new Choice(Items.say(lang, "다시 연습", "Practise again"), "interview"),
                new Choice(Items.say(lang, "상담 예약", "Book counseling"), "booking"),
                new Choice(Items.say(lang, "처음 메뉴", "Main menu"), "menu"));
        if ("mock".equals(context.args().get("kind"))) {
            return new Result(Map.of(), List.of(new Reply(mock(context.slots(), lang), buttons)));
        }
        String text = context.args().getOrDefault("text", "").strip();
        List<String> notes = new ArrayList<>(notes(text, lang));
        if (!CLOSING.matcher(text).find()) {
            notes.add(Items.say(lang, "마지막에 짧은 인사나 한 줄 다짐으로 마무리하면 인상이 좋아요.",
                    "Close with a short thank-you or one line of commitment."));
        }
        String head = Items.say(lang, "1분 자기소개 피드백이에요 (말하기 분량 약 ", "Feedback on your 1-minute introduction "
                + "(about ") + seconds(text, lang) + Items.say(lang, "초):\n", " seconds spoken):\n");
        String body = notes.isEmpty() ? Items.say(lang, "• 구성이 좋아요! 소리 내어 시간을 재며 연습해 보세요.",
                "• Well built! Now practise it aloud with a timer.") : "• " + String.join("\n• ", notes);
        return new Result(Map.of(), List.of(new Reply(head + body, buttons)));
    }

    /** Notes that apply to any answer: length, a concrete example, a link to the job. */
    private static List<String> notes(String text, String lang) {
        List<String> notes = new ArrayList<>();
        int secs = seconds(text, lang);
        if (secs < 40) {
            notes.add(Items.say(lang, "조금 짧아요. 강점을 보여 주는 경험 하나를 더해 보세요.",
                    "A little short: add one experience that shows your strength."));
        } else if (secs > 80) {
            notes.add(Items.say(lang, "1분을 넘겨요. 핵심 경험 하나에 집중해 줄여 보세요.",
                    "Over a minute: cut down to your one key experience."));
        }
        if (!CONCRETE.matcher(text).find()) {
            notes.add(Items.say(lang, "구체적인 경험이나 숫자(기간, 성과)가 없어요. 한 가지 사례를 넣어 보세요.",
                    "No concrete experience or numbers (how long, what result): add one example."));
        }
        if (!JOB.matcher(text).find()) {
            notes.add(Items.say(lang, "지원 직무·회사와 어떻게 연결되는지 한 문장 넣어 보세요.",
                    "Add one sentence linking you to the job or company."));
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

    private static String mock(Map<String, String> slots, String lang) {
        StringBuilder out = new StringBuilder(Items.say(lang, "모의면접 수고하셨어요! 답변별 피드백이에요:\n",
                "Well done on the mock interview! Feedback on each answer:\n"));
        int strong = 0;
        for (int i = 1; i <= MOCK_QUESTIONS; i++) {
            String answer = slots.getOrDefault("mock_" + i, "").strip();
            List<String> notes = notes(answer, lang).stream().filter(n -> !n.contains("1분") && !n.contains("minute"))
                    .toList();
            if (notes.isEmpty()) {
                strong++;
            }
            out.append(i).append(". ").append(notes.isEmpty() ? Items.say(lang, "좋아요: 구체적이고 직무와 연결돼요.",
                    "Good: concrete and tied to the job.") : String.join(" ", notes)).append('\n');
        }
        out.append(Items.say(lang, "\n종합: 5개 중 " + strong + "개 답변이 구체적이고 직무와 연결됐어요. "
                + "경험을 '상황-행동-결과' 순서로 말하는 연습을 해 보세요.",
                "\nOverall: " + strong + " of 5 answers were concrete and tied to the job. Practise telling "
                        + "experiences as situation, action, result."));
        return out.toString();
    }
}
