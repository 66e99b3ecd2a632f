package org.doyak.content;

/** The employment statuses flows store in the slot {@code status}, and how to say them. */
final class Statuses {
    private Statuses() {
    }

    /** Plain words for a status code; an unknown code is returned as is. */
    static String label(String code, String lang) {
        switch (code) {
            case "unemployed":
                return Items.say(lang, "구직 중", "looking for work");
            case "employed":
                return Items.say(lang, "재직 중", "employed");
            case "student":
                return Items.say(lang, "학생·졸업 예정", "student or about to graduate");
            case "career_break":
                return Items.say(lang, "경력단절 후 재취업 준비", "returning after a career break");
            case "employer":
                return Items.say(lang, "기업(채용 담당)", "an employer");
            default:
                return code;
        }
    }
}
