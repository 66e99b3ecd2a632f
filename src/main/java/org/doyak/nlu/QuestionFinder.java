package org.doyak.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what a message asks about and what it points back to:
 * <ul>
 * <li>{@code facet}, the detail asked for: {@code what} ("뭐야", "what is"), {@code eligibility} ("누가 받을
 *     수 있어", "나도 돼?", "who can get it"), {@code apply} ("어디서 신청", "how do I apply"), {@code hours}
 *     ("몇 시까지", "운영시간", "what time does it close"), {@code weekend} ("토요일도 해?", "주말에도 열어?",
 *     "open on saturday"), {@code phone}, {@code address} ("주소", "위치", "어떻게 가"), {@code website},
 *     {@code when} ("언제", "일정"), {@code cost} ("얼마", "무료야?"), {@code online} ("온라인으로도 돼?",
 *     "비대면", "can i do it online") and {@code documents} ("서류", "준비물");</li>
 * <li>{@code booking_op}: {@code change} ("시간 바꾸고 싶어요", "reschedule") or {@code cancel} ("예약
 *     취소", "cancel my appointment");</li>
 * <li>{@code anaphora}, a word that needs the conversation's context: {@code center} ("그 센터"),
 *     {@code program} ("그 프로그램", "그 제도"), {@code event} ("그 행사"), {@code place} ("거기", "그곳",
 *     "there"), {@code thing} ("그거", "그게", "it", "that one") or {@code also}, a question ending in "…도 돼?",
 *     "…도 해?" or "too?" that asks the same of the thing in the thread;</li>
 * <li>{@code aspiration}: {@code occupation}, the seeker names what they want to become ("간호사 되고
 *     싶어요", "직업상담사가 되려면", "I want to be a nurse"; not "연결되고 싶어요" or "합격이 되려면").</li>
 * </ul>
 * Thread-safe.
 */
final class QuestionFinder {

    private static final String DAY = "(?:토요일|일요일|토욜|일욜|주말|공휴일|휴일|빨간\\s*날)";
    private static final List<Rule> RULES = List.of(
            Rule.of("facet", "weekend", DAY + "\\s*(?:에도|에는|엔|도|은|는|에)?\\s*(?:문\\s*)?"
                    + "(?:해|하나|하냐|하니|하는|하지|합니까|해요|열|운영|영업|근무|상담|쉬|닫)"
                    + "|" + DAY + "\\s*(?:도|은|는|에는|에도)\\s*[?？]?\\s*$"
                    + "|(?:open|work|closed)\\w*\\s+(?:on\\s+)?(?:the\\s+)?(?:saturdays?|sundays?|weekends?|holidays?)"
                    + "|(?:saturdays?|sundays?|weekends?)\\s+(?:hours|opening)|what about (?:the\\s+)?weekends?"),
            Rule.of("facet", "hours", "몇\\s*시|운영\\s*시간|영업\\s*시간|업무\\s*시간|상담\\s*시간|점심\\s*시간"
                    + "|문\\s*(?:닫|열)|(?:언제|몇시)\\s*까지\\s*(?:해|하|열|운영|영업)|오픈\\s*시간"
                    + "|opening hours|\\bhours\\b|what time|when (?:does|do|is) (?:it|they|the \\w+) (?:open|close)"
                    + "|\\bopen\\b(?!\\s+(?:on|at)?\\s*(?:the\\s+)?(?:saturday|sunday|weekend))|\\bclose[sd]?\\b"),
            Rule.of("facet", "phone", "전화\\s*번호|전번|전화|번호|연락처|콜센터|phone\\s+number|phone|number|\\bcall\\b|contact"),
            Rule.of("facet", "address", "주소|위치|어디\\s*(?:에\\s*)?(?:있|야|예요|에요|임|인가요|이에요)|가는\\s*길"
                    + "|오시는\\s*길|찾아\\s*가|어떻게\\s*가|약도|address|location|where is|where are|directions"
                    + "|how (?:do|can) i get there|how to get there"),
            Rule.of("facet", "website", "홈페이지|홈피|웹\\s*사이트|사이트|링크|url|website|web site|\\bsite\\b|\\blink\\b"),
            Rule.of("facet", "apply", "신청|접수|지원\\s*(?:하려면|방법|하는\\s*법)|가입|등록\\s*(?:하려면|방법)"
                    + "|\\bapply\\b|application|sign\\s*up|register|enrol"),
            Rule.of("facet", "eligibility", "누가\\s*(?:받|신청|할|들|참여|가능|돼|되)|누구\\s*(?:나|든)?\\s*(?:가능|대상|받|돼|되)"
                    + "|대상(?:자|이)?|자격|조건|나도\\s*(?:돼|되|받|가능|신청|할)|저도\\s*(?:돼|되|받|가능|신청|할)"
                    + "|받을\\s*수\\s*있|who (?:can|is it for|qualifies)|eligib|qualify|can i (?:get|join|apply)"),
            Rule.of("facet", "when", "언제(?!\\s*까지\\s*(?:해|하|열|운영|영업))|며칠|날짜|일정|몇\\s*월|\\bwhen\\b"
                    + "(?!\\s+(?:does|do|is)\\s+(?:it|they|the\\s+\\w+)\\s+(?:open|close))|what date|schedule"),
            Rule.of("facet", "cost", "비용|얼마|돈\\s*(?:내|들|드|받)|무료|유료|공짜|수강료|참가비|cost|price|\\bfees?\\b|\\bfree\\b"
                    + "|how much"),
            Rule.of("facet", "online", "온라인|인터넷\\s*으?로|비대면|원격|집에서\\s*(?:도|는)?\\s*(?:해|할|하|들|받|신청|참여|볼)"
                    + "|화상\\s*(?:으?로|상담)|\\bonline\\b|remote(?:ly)?|from home|by video"),
            Rule.of("facet", "documents", "서류(?!\\s*(?:만|에서|전형|합격|불합격|탈락|떨어|광탈|통과|붙|심사|결과))"
                    + "|준비물|구비|챙겨|뭐\\s*가져|documents?|paperwork|what (?:do|should) i bring"),
            Rule.of("facet", "what", "뭐야|뭐임|뭔데|뭐예요|뭐에요|뭔가요|뭐지|뭐하는|무엇인가요|무엇이에요|뭐냐|어떤\\s*(?:거|건|곳|데)"
                    + "|what(?:'s|\\s+is|\\s+are)"
                    + "(?!\\s+(?:the\\s+)?(?:address|phone|number|hours|website|cost|price|date))"
                    + "|tell me (?:more\\s+)?about"),
            Rule.of("booking_op", "change", "(?:시간|날짜|예약|일정|약속|요일|상담)\\s*(?:을|를|도|좀)?\\s*"
                    + "(?:바꾸|바꿀|바꿔|바꾼|변경|옮기|옮길|옮겨|미루|미룰|미뤄|당기|당겨|조정)"
                    + "|reschedul\\w*|(?:change|move|switch)\\s+(?:my\\s+|the\\s+)?"
                    + "(?:appointment|booking|reservation|time"
                    + "|date|slot)"),
            Rule.of("booking_op", "cancel", "(?:예약|상담|약속|방문|신청)\\s*(?:한\\s*(?:거|것)\\s*)?(?:을|를|은|는|도|좀)?\\s*"
                    + "(?:취소|캔슬|안\\s*갈|못\\s*가)|^\\s*취소\\s*(?:할게요?|해\\s*줘|해\\s*주세요|하고\\s*싶어요?|요)?\\s*[.!]?$"
                    + "|cancel\\w*|call off"),
            Rule.of("aspiration", "occupation", "(?<!합격|취업|연결|선발|채용|등록|가입|신청|예약|승인|해결|정리|처리)"
                    + "(?:[이가]\\s*|\\s+)되(?:고\\s*싶|려면|는\\s*(?:법|방법|길))"
                    + "|\\bbecom(?:e|ing) an?\\b|\\b(?:want(?:s|ed)? to|wanna|hope to|dream of being) be an?\\b"),
            Rule.of("anaphora", "center", "그\\s*센터|그\\s*기관|저\\s*센터|that (?:center|centre|office)"),
            Rule.of("anaphora", "program", "그\\s*(?:프로그램|제도|사업|지원금|패키지)|that (?:program|scheme|package)"),
            Rule.of("anaphora", "event", "그\\s*(?:행사|박람회|특강|강의|채용\\s*행사)|that (?:event|fair|lecture)"),
            Rule.of("anaphora", "place", "거기|그곳|그\\s*곳|그\\s*쪽|저기(?!요)|(?<!(?:is|are|was|were|any)\\s)\\bthere\\b"
                    + "|that place"),
            Rule.of("anaphora", "also", "도\\s*(?:돼|되|가능|괜찮|할\\s*수|있|해|하|열|받|신청)[가-힣]{0,4}\\s*[?？]?\\s*$"
                    + "|\\b(?:too|as well)\\s*[?.!]*\\s*$|\\balso\\b"),
            Rule.of("anaphora", "thing", "그거|그것|그게|그건|그걸|\\bit\\b(?!'s\\s+(?:ok|fine|alright))"
                    + "|that one|this one"));

    private QuestionFinder() {
    }

    /** Facets, booking operations and anaphora in {@code text}; same-type overlaps are left to the caller. */
    static List<Entity> find(String text) {
        List<Entity> found = new ArrayList<>();
        RULES.forEach(r -> r.findIn(text, found));
        return found;
    }
}
