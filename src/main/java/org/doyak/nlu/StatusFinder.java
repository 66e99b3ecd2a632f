package org.doyak.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a seeker says about their situation:
 * <ul>
 * <li>{@code status}: {@code unemployed} ("백수", "취준생", "구직 중", "취업 못했어요", "졸업했어요" (a
 * graduate not yet working), "between jobs", "just graduated"), {@code employed}
 *     ("직장인", "재직 중"), {@code student} ("대학생", "졸업 예정"), {@code career_break} ("경단녀",
 *     "육아휴직"), and {@code benefit_recipient} ("실업급여 받고 있어요");</li>
 * <li>{@code benefit}: whether they receive unemployment benefit, {@code yes} ("실업급여 받는 중",
 *     "수급자", "on benefits") or {@code no} ("실업급여 안 받아요", "수급 안 해요", "not on benefits").</li>
 * </ul>
 * Thread-safe.
 */
final class StatusFinder {

    private static final String BENEFIT = "(?:(?:실업|구직)\\s*급여|실업\\s*수당|실급)";
    private static final List<Rule> RULES = List.of(
            Rule.of("benefit", "no", BENEFIT + "\\s*(?:은|는|를|을|도)?\\s*(?:안|못)\\s*받"
                    + "|" + BENEFIT + "\\s*(?:은|는)?\\s*(?:수급\\s*)?(?:안\\s*해|아니|없|x)"
                    + "|수급\\s*(?:은|는)?\\s*(?:안\\s*해|아니|안\\s*받)|수급자\\s*(?:가|는)?\\s*아니"
                    + "|not\\s+(?:receiving|on|getting)\\s+(?:any\\s+)?(?:unemployment\\s+)?benefits?"
                    + "|no\\s+(?:unemployment\\s+)?benefits?"),
            Rule.of("benefit", "yes", BENEFIT + "\\s*(?:수급\\s*중|받(?:고\\s*있|는\\s*중|는중|고요))"
                    + "|수급\\s*중|수급자(?!\\s*(?:가|는)?\\s*아니)"
                    + "|(?<!not\\s)(?:receiving|on|getting)\\s+(?:unemployment\\s+)?benefits?"),
            Rule.of("status", "benefit_recipient", BENEFIT + "\\s*(?:수급|받(?:고\\s*있|는\\s*중|는중))"
                    + "|수급\\s*(?:중|자)(?!\\s*(?:가|는)?\\s*아니)"
                    + "|(?<!not\\s)(?:receiving|on|getting)\\s+(?:unemployment\\s+)?benefits?"),
            Rule.of("status", "unemployed", "미취업|구직\\s*중|무직|백수|취준생?|취업\\s*준비\\s*중|실직"
                    + "|취업\\s*(?:을\\s*)?(?:못|안)\\s*(?:했|하고|한|해)|일\\s*(?:을\\s*)?(?:안|못)\\s*하고"
                    + "|(?:일\\s*)?쉬고\\s*있|놀고\\s*있|퇴사\\s*(?:했|하고|한)|회사\\s*(?:를\\s*)?그만\\s*(?:뒀|두고|둠)"
                    + "|일\\s*(?:을\\s*)?(?:구하|찾)(?:고|는)|졸업\\s*(?:했|하고|한\\s*(?:뒤|후|지)|후)"
                    + "|\\bunemployed\\b|\\bjobless\\b|out of work|between jobs|not working|lost my job|laid off"
                    + "|quit my job|(?:just|recently)\\s+graduated|recent grad(?:uate)?|looking for (?:a )?(?:job|work)"
                    + "|job[- ]hunting"),
            Rule.of("status", "employed", "재직\\s*(?:중|자)?|직장인|회사\\s*다니(?:고|는)|일하고\\s*있"
                    + "|\\bemployed\\b|i have a job|currently working|\\bi work at\\b"),
            Rule.of("status", "student", "대학생|고등학생|학생|졸업\\s*예정|재학\\s*중?|휴학\\s*중?"
                    + "|\\bstudent\\b|graduating|about to graduate"),
            Rule.of("status", "career_break", "경력\\s*단절|경단녀?|육아\\s*휴직|career\\s+break"
                    + "|returning to work|stay[- ]at[- ]home"));

    private StatusFinder() {
    }

    /** Status and benefit entities in {@code text}; same-type overlaps are left to the caller. */
    static List<Entity> find(String text) {
        List<Entity> found = new ArrayList<>();
        RULES.forEach(r -> r.findIn(text, found));
        return found;
    }
}
