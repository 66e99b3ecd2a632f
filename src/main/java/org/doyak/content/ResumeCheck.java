package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;

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
            new Section("지원동기", "motivation", Pattern.compile("지원\\s*동기|지원한 이유|motivation|why i apply",
                    Pattern.CASE_INSENSITIVE)),
            new Section("성장과정", "background", Pattern.compile("성장\\s*과정|성장하|background|grew up",
                    Pattern.CASE_INSENSITIVE)),
            new Section("경험·경력", "experience", Pattern.compile("경험|경력|인턴|아르바이트|프로젝트|experience"
                    + "|intern|project", Pattern.CASE_INSENSITIVE)),
            new Section("입사 후 포부", "goals after joining", Pattern.compile("포부|입사 후|입사하면|goal|after joining"
                    + "|future", Pattern.CASE_INSENSITIVE)));

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
        if (length < TOO_SHORT) {
            findings.add(Items.say(lang, "분량이 짧아요(공백 제외 " + length + "자). 항목마다 구체적인 경험을 한두 가지 더 써 보세요.",
                    "It's short (" + length + " characters without spaces). Add one or two concrete experiences "
                            + "per section."));
        } else if (length > LONG) {
            findings.add(Items.say(lang, "분량이 길어요(공백 제외 " + length + "자). 지원하는 곳의 글자 수 제한을 확인하고 핵심만 남겨 보세요.",
                    "It's long (" + length + " characters without spaces). Check the employer's length limit "
                            + "and keep what matters most."));
        }
        List<String> missing = SECTIONS.stream().filter(s -> !s.pattern().matcher(text).find())
                .map(s -> Items.say(lang, s.ko(), s.en())).toList();
        if (!missing.isEmpty()) {
            findings.add(Items.say(lang, "빠진 것 같은 항목: ", "Sections that seem missing: ") + String.join(", ", missing));
        }
        List<String> vague = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?다요])\\s+|\\n+")) {
            if (vague.size() < 3 && VAGUE.matcher(sentence).find() && !DIGIT.matcher(sentence).find()) {
                vague.add("“" + shorten(sentence.strip()) + "”");
            }
        }
        if (!vague.isEmpty()) {
            findings.add(Items.say(lang, "숫자나 결과 없이 막연한 문장: ", "Vague sentences without numbers or results: ")
                    + String.join(" / ", vague) + Items.say(lang, " → 기간, 횟수, 성과를 숫자로 보여 주세요.",
                    " → show the period, how often, and the result in numbers."));
        }
        if (RRN.matcher(text).find() || SENSITIVE.matcher(text).find()) {
            findings.add(Items.say(lang, "⚠ 들어가면 안 되는 개인정보(주민등록번호, 가족·종교·혼인 정보 등)가 있어요. "
                    + "지원서에서 지워 주세요. 이 대화에서도 그런 정보는 보내지 않는 게 안전해요.",
                    "⚠ It contains personal data that does not belong there (resident registration number, family, "
                            + "religion or marital details). Remove it; it's also safer not to send such data here."));
        }
        String head = findings.isEmpty()
                ? Items.say(lang, "기본 점검에서 큰 문제는 없었어요! 지원하는 직무에 맞춰 경험 순서를 다듬어 보세요.",
                        "No major issue in the basic check! Now tailor the order of your experiences to the job.")
                : Items.say(lang, "점검 결과예요:\n", "Here's what I found:\n") + "• " + String.join("\n• ", findings);
        List<Choice> buttons = List.of(
                new Choice(Items.say(lang, "다른 글 점검", "Check another text"), "resume_check"),
                new Choice(Items.say(lang, "작성 팁", "Writing tips"), "resume"),
                new Choice(Items.say(lang, "상담 예약", "Book counseling"), "booking"),
                new Choice(Items.say(lang, "처음 메뉴", "Main menu"), "menu"));
        return new Result(Map.of("resume_problems", String.valueOf(findings.size())),
                List.of(new Reply(head, buttons)));
    }

    private static String shorten(String sentence) {
        return sentence.length() > 40 ? sentence.substring(0, 40) + "…" : sentence;
    }

    /** A section a text is expected to have, and how to spot it. */
    private record Section(String ko, String en, Pattern pattern) {
    }
}
