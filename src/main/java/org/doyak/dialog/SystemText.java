package org.doyak.dialog;

/** The system texts every deployment must define in {@code dialogs/messages.yaml}. */
public enum SystemText {
    /** A message the bot could not place. */
    UNCLEAR("unclear"),
    /** Second misunderstanding in a row: offers a counselor. */
    OFFER_COUNSELOR("offer_counselor"),
    /** Default retry text for a question whose answer did not pass. */
    RETRY("retry"),
    /** A question answered wrongly too often. */
    RETRY_LIMIT("retry_limit"),
    /** The seeker switched language. */
    LANGUAGE_SWITCHED("language_switched"),
    /** A handoff was requested: a counselor will contact the seeker. */
    HANDOFF_WAITING("handoff_waiting"),
    /** A message arrived while waiting for a counselor. */
    STILL_WAITING("still_waiting"),
    /** The seeker cancelled a handoff request. */
    HANDOFF_CANCELLED("handoff_cancelled"),
    /** A button that no longer applies was pressed. */
    BUTTON_EXPIRED("button_expired"),
    /** Something went wrong on our side; nothing was lost. */
    INTERNAL_ERROR("internal_error"),
    /** Crisis wording: the crisis contacts, shown at once whatever the hour. */
    CRISIS("crisis"),
    /** A handoff asked for outside counselors' hours; {@code {counselors_return}} is when they return. */
    COUNSELORS_CLOSED("counselors_closed"),
    /** A handoff asked for while no counselors are scheduled at all. */
    COUNSELORS_UNAVAILABLE("counselors_unavailable"),
    /** Added to those two when another center's team is in now: {@code {open_center_name}}. */
    COUNSELORS_OPEN_ELSEWHERE("counselors_open_elsewhere"),
    /** The button that queues the seeker with that open team: {@code {open_center_name}}. */
    BUTTON_COUNSELOR_NOW("button_counselor_now"),
    /** A counselor passed the request to another center's team: {@code {center_name}}. */
    HANDOFF_TRANSFERRED("handoff_transferred"),
    /** Questions a flow skipped because the seeker had said the answers: {@code {known}}, e.g. "25세, 부천". */
    KNOWN_ANSWERS("known_answers"),
    /** How an age taken from what the seeker said is shown in {@link #KNOWN_ANSWERS}: {@code {age}}. */
    KNOWN_AGE("known_age"),
    /** Burnout, rejection, anxiety: {@code {feeling}} (content/feelings.yaml) acknowledged and a person offered. */
    FEELING_DOWN("feeling_down"),
    /** A request said with a feeling ("면접에서 자꾸 떨어져요 ㅠㅠ"): {@code {feeling}} acknowledged, person mentioned. */
    FEELING_NOTED("feeling_noted"),
    /** A request the bot does not cover: said honestly, with where to ask. */
    NOT_COVERED("not_covered"),
    /** A long pasted text: what the bot can do with it. */
    LONG_TEXT("long_text"),
    /** Two requests in one message: {@code {first}} now, {@code {second}} right after. */
    TWO_REQUESTS("two_requests"),
    /** Text typed at the consent question: kept and taken up once the question is answered. */
    KEPT_FOR_LATER("kept_for_later"),
    /** The seeker said no to what the bot offered ("아니요 괜찮아요"). */
    OFFER_DECLINED("offer_declined"),
    /** Staff changed a flow and the question the seeker was answering is gone: the flow starts again. */
    STEP_GONE("step_gone"),
    /** A counselor took the conversation. */
    COUNSELOR_JOINED("counselor_joined"),
    /** The seeker's place in the queue: {@code {queue_position}}, {@code {queue_minutes}}. */
    QUEUE_POSITION("queue_position"),
    /** The counselor closed the conversation; the bot is back. */
    HANDOFF_CLOSED("handoff_closed"),
    /** Resume check: its buttons. */
    BUTTON_CHECK_ANOTHER("button_check_another"),
    BUTTON_WRITING_TIPS("button_writing_tips"),
    /** Interview feedback: practise again. */
    BUTTON_PRACTISE_AGAIN("button_practise_again"),
    /** Interest quiz result: its buttons. */
    BUTTON_RELATED_TRAINING("button_related_training"),
    BUTTON_MATCHING_PROGRAMS("button_matching_programs"),
    /**
     * Resume check findings: {@code {length}} is the text's length without spaces, {@code {sections}} the
     * missing sections, {@code {sentences}} the vague sentences, {@code {findings}} all of them.
     */
    RESUME_SHORT("resume_short"),
    RESUME_LONG("resume_long"),
    RESUME_MISSING("resume_missing"),
    RESUME_SECTION_MOTIVATION("resume_section_motivation"),
    RESUME_SECTION_BACKGROUND("resume_section_background"),
    RESUME_SECTION_EXPERIENCE("resume_section_experience"),
    RESUME_SECTION_GOALS("resume_section_goals"),
    RESUME_VAGUE("resume_vague"),
    RESUME_PERSONAL_DATA("resume_personal_data"),
    RESUME_FINE("resume_fine"),
    RESUME_FINDINGS("resume_findings"),
    /**
     * Interview answer feedback: {@code {seconds}} is the spoken length, {@code {notes}} the notes,
     * {@code {answers}} one line per mock answer, {@code {strong}} how many of the five were strong.
     */
    INTRO_CLOSING("intro_closing"),
    INTRO_FEEDBACK("intro_feedback"),
    INTRO_WELL_BUILT("intro_well_built"),
    ANSWER_SHORT("answer_short"),
    ANSWER_LONG("answer_long"),
    ANSWER_NOT_CONCRETE("answer_not_concrete"),
    ANSWER_NO_JOB_LINK("answer_no_job_link"),
    MOCK_FEEDBACK("mock_feedback"),
    MOCK_ANSWER_GOOD("mock_answer_good"),
    /** Interest quiz result: {@code {types}} the closest types, each told by {@code riasec_type}. */
    RIASEC_NONE("riasec_none"),
    RIASEC_RESULT("riasec_result"),
    RIASEC_TYPE("riasec_type"),
    RIASEC_INDUSTRIES("riasec_industries"),
    /** Erasing the seeker's data: done. */
    DATA_ERASED("data_erased"),
    /** Texts of the built-in actions (program matching, centers, events) and their buttons. */
    BUTTON_BOOK("button_book"),
    BUTTON_FIND_CENTER("button_find_center"),
    BUTTON_CHANGE_ANSWERS("button_change_answers"),
    BUTTON_MAIN_MENU("button_main_menu"),
    PROGRAM_AGE("program_age"),
    PROGRAM_BAND_BETWEEN("program_band_between"),
    PROGRAM_BAND_FROM("program_band_from"),
    PROGRAM_BAND_TO("program_band_to"),
    PROGRAM_STATUS_MISS("program_status_miss"),
    PROGRAM_BENEFIT_RECEIVING("program_benefit_receiving"),
    PROGRAM_BENEFIT_REQUIRED("program_benefit_required"),
    PROGRAM_BENEFIT_PREFERRED("program_benefit_preferred"),
    PROGRAM_REGION_FITS("program_region_fits"),
    PROGRAM_REGION_MISS("program_region_miss"),
    PROGRAMS_NONE_FIT("programs_none_fit"),
    PROGRAMS_FIT("programs_fit"),
    PROGRAMS_NOT_FIT("programs_not_fit"),
    PROGRAMS_FOOTER("programs_footer"),
    PROGRAM_UNKNOWN("program_unknown"),
    PROGRAM_MAY_FIT("program_may_fit"),
    PROGRAM_DOES_NOT_FIT("program_does_not_fit"),
    PROGRAM_TO_CONFIRM("program_to_confirm"),
    PROGRAM_APPLY("program_apply"),
    SOURCE_DATED("source_dated"),
    SOURCE_UNDATED("source_undated"),
    CENTERS_NONE_NEAR("centers_none_near"),
    CENTER_ADDRESS("center_address"),
    CENTER_HOURS("center_hours"),
    CENTER_PHONE("center_phone"),
    CENTER_WEBSITE("center_website"),
    CENTER_FIELD_ADDRESS("center_field_address"),
    CENTER_FIELD_HOURS("center_field_hours"),
    CENTER_FIELD_PHONE("center_field_phone"),
    CENTER_UNKNOWN("center_unknown"),
    EVENTS_NONE("events_none"),
    EVENTS_LIST("events_list"),
    /** An appointment reminder the day before: {@code {time}}, {@code {center}}, {@code {code}}. */
    REMINDER_DAY_BEFORE("reminder_day_before"),
    /** An appointment reminder on the day: {@code {time}}, {@code {center}}, {@code {code}}. */
    REMINDER_ON_THE_DAY("reminder_on_the_day"),
    /** The reminder's button that changes the appointment's time. */
    REMINDER_CHANGE("reminder_change"),
    /** The reminder's button that cancels the appointment. */
    REMINDER_CANCEL("reminder_cancel"),
    /** Before the events list when the seeker's center's region has events: {@code {center}}. */
    EVENTS_NEAR_CENTER_FIRST("events_near_center_first"),
    /** The region the seeker asked about has no events: {@code {region}}; other regions' follow. */
    EVENTS_NONE_IN_REGION("events_none_in_region"),
    /** Before a center's details when the conversation is in its context: {@code {center}}. */
    CENTER_THIS_PAGE("center_this_page"),
    EVENTS_FOOTER("events_footer"),
    EVENT_MONTH("event_month"),
    EVENT_WEEKLY("event_weekly"),
    /** The button under a long reply that shows its next page. */
    MORE("more"),
    /** Telegram: a sticker, photo, voice note, file, location and the like (the bot reads text only). */
    TELEGRAM_TEXT_ONLY("telegram_text_only"),
    /** Telegram: the seeker edited a message they had sent. */
    TELEGRAM_EDITED("telegram_edited"),
    /** Telegram: a command in a group chat. */
    TELEGRAM_PRIVATE_ONLY("telegram_private_only"),
    /** Telegram: a "continue on Telegram" link came through; the web conversation goes on here. */
    TELEGRAM_LINKED("telegram_linked"),
    /** Telegram: a "continue on Telegram" link that is expired, used or unknown. */
    TELEGRAM_LINK_EXPIRED("telegram_link_expired"),
    /**
     * Booking: {@code {center}} has no booking times; no free slot soon; the free slots ({@code {slots}}).
     * Booking outcomes: {@code {appointment}} is one appointment line, {@code {previous}} the one changed,
     * {@code {code}} the booking code, {@code {appointments}} the seeker's appointments.
     */
    BOOKING_NO_TIMES("booking_no_times"),
    BOOKING_NO_FREE_SLOT("booking_no_free_slot"),
    BOOKING_SLOTS("booking_slots"),
    BOOKING_CANCELLED("booking_cancelled"),
    BOOKING_NOTHING_TO_CANCEL("booking_nothing_to_cancel"),
    BOOKING_DAILY_LIMIT("booking_daily_limit"),
    BOOKING_CONTACT_HAS_ONE("booking_contact_has_one"),
    BOOKING_SLOT_TAKEN("booking_slot_taken"),
    BOOKING_SAVED("booking_saved"),
    BOOKING_CHANGED("booking_changed"),
    BOOKING_NONE("booking_none"),
    BOOKING_LIST("booking_list"),
    BUTTON_MY_BOOKING("button_my_booking"),
    /** An employment status (slot {@code status}) in words. */
    STATUS_UNEMPLOYED("status_unemployed"),
    STATUS_EMPLOYED("status_employed"),
    STATUS_STUDENT("status_student"),
    STATUS_CAREER_BREAK("status_career_break"),
    STATUS_EMPLOYER("status_employer"),
    /** Pieces of fact answers: {@code {phone}}, {@code {region}}, benefit rules, {@code {weekday}}. */
    FACT_PHONE("fact_phone"),
    FACT_REGION("fact_region"),
    FACT_BENEFIT_REQUIRED("fact_benefit_required"),
    FACT_BENEFIT_PREFERRED("fact_benefit_preferred"),
    FACT_WEEKLY("fact_weekly"),
    /** When a counselor calls back, in words (slot {@code callback_window_text}). */
    CALLBACK_MORNING("callback_morning"),
    CALLBACK_AFTERNOON("callback_afternoon"),
    CALLBACK_ANY("callback_any"),
    /** Stored instead of what a seeker typed after declining consent. */
    NOT_KEPT("not_kept"),
    /** Telegram's command menu: one description per command. */
    TELEGRAM_COMMAND_START("telegram_command_start"),
    TELEGRAM_COMMAND_MENU("telegram_command_menu"),
    TELEGRAM_COMMAND_HELP("telegram_command_help"),
    TELEGRAM_COMMAND_LANG("telegram_command_lang"),
    TELEGRAM_COMMAND_COUNSELOR("telegram_command_counselor"),
    TELEGRAM_COMMAND_DELETE("telegram_command_delete"),
    TELEGRAM_COMMAND_MYDATA("telegram_command_mydata"),
    /** Telegram: a chat sends faster than its flood limit; said once per flood, the rest is not read. */
    TELEGRAM_TOO_FAST("telegram_too_fast"),
    /** "내 정보 보기": {@code {messages}} stored, the {@code {first}} and {@code {last}} one's time, {@code {consent}}. */
    MY_DATA_SUMMARY("my_data_summary"),
    /** The {@code {consent}} of {@link #MY_DATA_SUMMARY} when the seeker agreed. */
    MY_DATA_CONSENT_YES("my_data_consent_yes"),
    /** The {@code {consent}} of {@link #MY_DATA_SUMMARY} when the seeker declined. */
    MY_DATA_CONSENT_NO("my_data_consent_no"),
    /** The {@code {consent}} of {@link #MY_DATA_SUMMARY} when it was never asked. */
    MY_DATA_CONSENT_NONE("my_data_consent_none"),
    /** The answers kept: {@code {answers}} named by the content {@code my_data}, {@code {others}} more. */
    MY_DATA_ANSWERS("my_data_answers"),
    /** No answer the content {@code my_data} names is kept; {@code {others}} other answers are. */
    MY_DATA_NO_ANSWERS("my_data_no_answers"),
    /** One appointment: {@code {code}}, {@code {center}}, {@code {time}}, {@code {status}}. */
    MY_DATA_BOOKING("my_data_booking"),
    /** One callback request: {@code {contact}}, {@code {window}}, {@code {at}}, {@code {status}}. */
    MY_DATA_CALLBACK("my_data_callback"),
    /** One request for a counselor: {@code {at}}, {@code {reason}}, {@code {status}}. */
    MY_DATA_HANDOFF("my_data_handoff"),
    /** No appointment, callback request or counselor request is kept. */
    MY_DATA_NO_RECORDS("my_data_no_records");

    private final String key;

    SystemText(String key) {
        this.key = key;
    }

    /** The key in messages.yaml. */
    public String key() {
        return key;
    }
}
