package org.doyak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core owns the interfaces; adapters depend on it, never the other way round. */
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
}
