package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.SystemText;

/**
 * Checks a pasted resume or cover letter (argument {@code text}): length, sections it seems to lack,
 * vague sentences without any number, and personal data that should not be there (a resident
 * registration number, family, religion, marital status). Never repeats the personal data it finds.
 * Sets {@code resume_problems} to the number of findings.
 */
final class ResumeCheck implements Action {
    static final int TOO_SHORT = 300;
    static final int LONG = 3000;
    private static final Pattern RRN = Pattern.compile("\\d{6}\\s*-\\s*[1-8]\\d{6}|\\d{6}[1-8]\\d{6}");
    private static final Pattern SENSITIVE = Pattern.compile(
            "주민(등록)?번호|본적|혼인|결혼 ?여부|종교|부모님? ?(의 )?직업|아버지는|어머니는|resident registration"
                    + "|marital status|religion", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE = Pattern.compile("열심히|최선을|성실|다양한|많은|노력|열정|책임감|적극적"
            + "|hard[- ]?work|various|many|passionate|best effort|team player|diligent", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final List<Section> SECTIONS = List.of(
            new Section(SystemText.RESUME_SECTION_MOTIVATION, Pattern.compile("지원\\s*동기|지원한 이유|motivation|why i apply",
                    Pattern.CASE_INSENSITIVE)),
            new Section(SystemText.RESUME_SECTION_BACKGROUND, Pattern.compile("성장\\s*과정|성장하|background|grew up",
                    Pattern.CASE_INSENSITIVE)),
            new Section(SystemText.RESUME_SECTION_EXPERIENCE, Pattern.compile("경험|경력|인턴|아르바이트|프로젝트|experience"
                    + "|intern|project", Pattern.CASE_INSENSITIVE)),
            new Section(SystemText.RESUME_SECTION_GOALS, Pattern.compile("포부|입사 후|입사하면|goal|after joining"
                    + "|future", Pattern.CASE_INSENSITIVE)));

    private final Items items;

    /** Says its findings in the texts of {@code messages.yaml} read through {@code items}. */
    ResumeCheck(Items items) {
        this.items = items;
    }

    @Override
    public Set<String> slots() {
        return Set.of("resume_problems");
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        String text = context.args().getOrDefault("text", "").strip();
        List<String> findings = new ArrayList<>();
        int length = text.replaceAll("\\s+", "").length();
        if (length < TOO_SHORT || length > LONG) {
            findings.add(items.say(length < TOO_SHORT ? SystemText.RESUME_SHORT : SystemText.RESUME_LONG, lang,
                    Map.of("length", String.valueOf(length))));
        }
        List<String> missing = SECTIONS.stream().filter(s -> !s.pattern().matcher(text).find())
                .map(s -> items.say(s.name(), lang)).toList();
        if (!missing.isEmpty()) {
            findings.add(items.say(SystemText.RESUME_MISSING, lang, Map.of("sections", String.join(", ", missing))));
        }
        List<String> vague = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?다요])\\s+|\\n+")) {
            if (vague.size() < 3 && VAGUE.matcher(sentence).find() && !DIGIT.matcher(sentence).find()) {
                vague.add("“" + shorten(sentence.strip()) + "”");
            }
        }
        if (!vague.isEmpty()) {
            findings.add(items.say(SystemText.RESUME_VAGUE, lang, Map.of("sentences", String.join(" / ", vague))));
        }
        if (RRN.matcher(text).find() || SENSITIVE.matcher(text).find()) {
            findings.add(items.say(SystemText.RESUME_PERSONAL_DATA, lang));
        }
        String head = findings.isEmpty() ? items.say(SystemText.RESUME_FINE, lang)
                : items.say(SystemText.RESUME_FINDINGS, lang, Map.of("findings", "• " + String.join("\n• ", findings)));
        List<Choice> buttons = List.of(items.button(SystemText.BUTTON_CHECK_ANOTHER, lang, "resume_check"),
                items.button(SystemText.BUTTON_WRITING_TIPS, lang, "resume"),
                items.button(SystemText.BUTTON_BOOK, lang, "booking"),
                items.button(SystemText.BUTTON_MAIN_MENU, lang, "menu"));
        return new Result(Map.of("resume_problems", String.valueOf(findings.size())),
                List.of(new Reply(head, buttons)));
    }

    private static String shorten(String sentence) {
        return sentence.length() > 40 ? sentence.substring(0, 40) + "…" : sentence;
    }

    /** A section a text is expected to have, and how to spot it. */
    /** A section a letter should have: its name in {@code messages.yaml} and how to find it. */
    private record Section(SystemText name, Pattern pattern) {
    }
}
