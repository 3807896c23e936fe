package org.yici.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.engine.CliTest.Run;

/**
 * {@code yici rules publish} refuses before it reaches the database: a folder that does not compile
 * (problems as {@code yici verify} prints them) and a folder that is not a rules folder at all. The
 * publishing itself is run against PostgreSQL by {@code RulePublishingJarIT}.
 */
class RulesPublishCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderThatDoesNotCompileIsRefusedWithFileAndLine() throws Exception {
        Path rules = dir.resolve("rules");
        CliTest.copyRules(Path.of("../rules"), rules);
        Path drl = rules.resolve("matters/GTGSH-SL/requirements.drl");
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8).replace("then", "then then"));

        Run run = CliTest.run("rules", "publish", rules.toString(), "--by", "tester");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("matters/GTGSH-SL/requirements.drl:", "ERROR");
        assertThat(run.err()).contains("not published");
    }

    @Test
    void aFolderWithoutMattersIsAUsageError() {
        Run run = CliTest.run("rules", "publish", Path.of("../rules/matters").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a rules folder");
    }
}
