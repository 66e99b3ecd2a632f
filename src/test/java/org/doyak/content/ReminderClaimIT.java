package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.doyak.Actions;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.Conversations;
import org.doyak.conversation.LocalConversationLock;
import org.doyak.conversation.Mode;
import org.doyak.conversation.Notices;
import org.doyak.conversation.Outbound;
import org.doyak.conversation.Position;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiAppointments;
import org.doyak.storage.JdbiConversationStore;
import org.doyak.storage.JdbiReminders;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one database (each its own connection pool and scheduler) check the same due
 * reminders at once: each reminder goes out exactly once, because a send needs the conditional claim.
 */
class ReminderClaimIT extends OnEachDatabase {
    private static final int INSTANCES = 4;
    private static final Dialogs DIALOGS = DialogLoader.load(TestServer.DIALOGS, Actions.slots()).dialogs();

    @Test
    void instances_checking_at_once_send_each_reminder_once() {
        Clock due = Clock.fixed(Instant.parse("2026-12-07T09:00:01Z"), ZoneOffset.UTC);
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<Database> databases = new ArrayList<>();
        List<AppointmentReminders> instances = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                Database db = Database.open(database().url());
                databases.add(db);
                JdbiConversationStore store = new JdbiConversationStore(db, lang -> "");
                Outbound counting = (c, messages, reply) -> messages.forEach(m -> delivered.add(m.message().text()));
                instances.add(new AppointmentReminders(new JdbiReminders(db),
                        () -> DIALOGS,
                        new Notices(new Conversations(store, new LocalConversationLock(), counting)), due));
            }
            Database first = databases.get(0);
            new JdbiConversationStore(first, lang -> "")
                    .create(new Conversation("c1", "telegram", "90", "", "ko", Mode.BOT,
                    Position.IDLE, Map.of(), 0, Instant.parse("2026-12-07T01:00:00Z")));
            new JdbiAppointments(first).book(new Appointment("a1-0000-0000", "c1", "jeonbuk", "2026-12-08T10:00",
                    "김도약", "010-1234-5678", "booked", "2026-12-07T01:00:00Z"));
            CompletableFuture.allOf(instances.stream().map(r -> CompletableFuture.runAsync(r::check))
                    .toArray(CompletableFuture[]::new)).join();
            instances.forEach(AppointmentReminders::check);
            assertEquals(1, delivered.size(), delivered.toString());
        } finally {
            instances.forEach(AppointmentReminders::close);
            databases.forEach(Database::close);
        }
    }
}
