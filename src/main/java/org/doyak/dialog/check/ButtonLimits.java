package org.doyak.dialog.check;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.doyak.dialog.Button;
import org.doyak.dialog.Step;
import org.doyak.dialog.load.ParsedFlow;
import org.doyak.dialog.load.Problems;

/**
 * Warnings, not problems: button payloads that some channel cannot carry as they are. Telegram's
 * callback data holds at most {@link #CALLBACK_BYTES} bytes (21 Hangul characters); longer payloads
 * still work there, sent as a short key stored in the database, but a shorter payload is simpler.
 */
public final class ButtonLimits {
    /** Telegram's limit on a button's callback data, in UTF-8 bytes. */
    public static final int CALLBACK_BYTES = 64;
    /** Telegram's limit on the buttons of one message's inline keyboard. */
    public static final int MAX_BUTTONS = 100;

    private ButtonLimits() {
    }

    /** Adds a warning to {@code warnings} for each button whose payload is over the limit. */
    public static void check(List<ParsedFlow> flows, Problems warnings) {
        for (ParsedFlow parsed : flows) {
            List<Step> steps = parsed.flow().steps();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).buttons().size() > MAX_BUTTONS) {
                    warnings.add(parsed.stepPlaces().get(i), "경고: 버튼이 " + steps.get(i).buttons().size()
                            + "개예요. 텔레그램은 한 메시지에 " + MAX_BUTTONS + "개까지만 보여 줘요",
                            "warning: " + steps.get(i).buttons().size() + " buttons; Telegram shows at most "
                            + MAX_BUTTONS + " on one message");
                }
                for (Button button : steps.get(i).buttons()) {
                    int bytes = button.payload().getBytes(StandardCharsets.UTF_8).length;
                    if (bytes > CALLBACK_BYTES) {
                        warnings.add(parsed.stepPlaces().get(i), "경고: 버튼 payload가 " + bytes + "바이트예요: '"
                                + button.payload() + "'. 텔레그램은 " + CALLBACK_BYTES + "바이트(한글 21자)까지만 실어서, "
                                + "저장된 짧은 키로 보내요", "warning: button payload '" + button.payload()
                                + "' is " + bytes + " bytes; Telegram carries at most " + CALLBACK_BYTES
                                + " (21 Hangul characters), so it is sent there as a stored key");
                    }
                }
            }
        }
    }
}
