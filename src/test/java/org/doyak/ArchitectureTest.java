package org.doyak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The core owns the interfaces; adapters depend on it, never the other way round. Storage owns the SQL,
 * the HTTP edge owns the statuses, the composition root owns the clock.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.doyak");

    @Test
    void the_conversation_core_knows_no_framework_storage_or_channel() {
        noClasses().that().resideInAnyPackage("org.doyak.conversation..", "org.doyak.dialog..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.telegram..", "org.jdbi..",
                        "opennlp..", "com.zaxxer..", "org.flywaydb..", "org.doyak.storage..", "org.doyak.channel..",
                        "org.doyak.http..", "org.doyak.cli..")
                .check(MAIN);
    }

    @Test
    void the_nlu_interfaces_do_not_depend_on_opennlp() {
        noClasses().that().resideInAPackage("org.doyak.nlu")
                .should().dependOnClassesThat().resideInAnyPackage("opennlp..", "io.javalin..", "org.jdbi..")
                .check(MAIN);
    }

    @Test
    void only_storage_touches_the_database() {
        noClasses().that().resideOutsideOfPackages("org.doyak.storage..", "org.doyak.cli..")
                .and().doNotHaveFullyQualifiedName(App.class.getName())
                .and().doNotHaveFullyQualifiedName("org.doyak.scripts.ScriptRunner")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "com.zaxxer..", "org.flywaydb..",
                        "java.sql..", "org.sqlite..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.doyak.storage.Database")
                .because("features declare the storage they need as interfaces; storage owns the SQL (App, the"
                        + " command line and the conversation tests' runner are composition roots)")
                .check(MAIN);
    }

    @Test
    void telegram_and_handoff_code_reach_storage_only_through_their_interfaces() {
        noClasses().that().resideInAnyPackage("org.doyak.channel..", "org.doyak.handoff..",
                        "org.doyak.content..", "org.doyak.privacy..", "org.doyak.admin..")
                .should().dependOnClassesThat().resideInAPackage("org.doyak.storage..")
                .check(MAIN);
    }

    @Test
    void only_the_http_edge_turns_errors_into_statuses() {
        noClasses().that().resideOutsideOfPackage("org.doyak.http..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.javalin.http.HttpStatus")
                .orShould().dependOnClassesThat().areAssignableTo("io.javalin.http.HttpResponseException")
                .because("domain code throws a typed Refusal; http/Errors maps it to a status in one place")
                .check(MAIN);
    }

    @Test
    void only_the_composition_root_reads_the_system_clock() {
        noClasses().that().doNotHaveFullyQualifiedName(App.class.getName())
                .and().doNotHaveFullyQualifiedName("org.doyak.cli.Main")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("the clock is injected, so tests can fix the time")
                .check(MAIN);
    }

    @Test
    void only_the_conversation_writer_stores_conversation_changes() {
        noClasses().that().resideOutsideOfPackages("org.doyak.conversation..", "org.doyak.storage..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "ConversationStore.save", call -> call.getTarget().getName().equals("save")
                                && call.getTargetOwner().isAssignableTo("org.doyak.conversation.ConversationStore")))
                .because("only the engine writes conversation state (Conversations, under the conversation's lock)")
                .check(MAIN);
    }
}
