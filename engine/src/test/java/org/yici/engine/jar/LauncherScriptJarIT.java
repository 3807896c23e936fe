package org.yici.engine.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.engine.jar.YiciJar.Run;

/**
 * {@code scripts/yici}, the faster-starting way to run the packaged jar: the same results, exit
 * codes and standard input as {@code java -jar}, its class data sharing archive written by the
 * first run, and no JVM message on standard output.
 */
class LauncherScriptJarIT {
    @TempDir
    Path dir;

    private Run script(String stdin, String... args) {
        Path jar = YiciJar.jar();
        Path script = jar.getParent().getParent().getParent().resolve("scripts").resolve("yici");
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return YiciJar.exec(
                dir,
                Map.of(
                        "YICI_DATA_DIR", dir.resolve("data").toString(),
                        "YICI_JAR", jar.toString(),
                        "YICI_CDS_ARCHIVE", archive().toString()),
                stdin,
                command);
    }

    private Path archive() {
        return dir.resolve("yici.jsa");
    }

    @Test
    void theScriptAnswersAsJavaJarDoesAndKeepsItsArchiveForTheNextRun() {
        Run created = script(null, "keys", "create", "--role", "INTAKE", "--name", "first");
        assertThat(created.exit()).as(created.all()).isZero();
        assertThat(created.out().lines().findFirst().orElseThrow()).startsWith("yk_");
        assertThat(created.err()).as(created.all()).isEmpty();
        assertThat(archive()).as("written by the first run").isNotEmptyFile();

        Run added = script("window-password-1\n", "staff", "add", "li.na", "--name", "李娜", "--office", "综合受理窗口");
        assertThat(added.exit()).as(added.all()).isZero();
        assertThat(added.out()).contains("added staff user li.na (李娜)");

        for (String[] args : List.of(new String[] {"keys", "list"}, new String[] {"staff", "list"})) {
            Run fast = script(null, args);
            Run plain = YiciJar.run(dir, null, args);
            assertThat(fast.exit()).as(fast.all()).isZero();
            assertThat(fast.out()).as(fast.all()).isEqualTo(plain.out()).isNotBlank();
            assertThat(fast.err()).as(fast.all()).isEmpty();
        }
        assertThat(script(null, "keys", "list").out()).contains("first");
        assertThat(script(null, "staff", "list").out()).contains("li.na");

        Run unknown = script(null, "keys", "revoke", "01NOSUCHKEY");
        assertThat(unknown.exit()).as(unknown.all()).isEqualTo(2);
        assertThat(script(null, "keys", "--bogus").exit()).isEqualTo(2);
    }

    @Test
    void anArchiveOlderThanTheJarIsWrittenAgain() throws Exception {
        Files.write(archive(), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(
                archive(),
                FileTime.fromMillis(Files.getLastModifiedTime(YiciJar.jar()).toMillis() - 60_000));
        Run run = script(null, "keys", "list");
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).as(run.all()).isEmpty();
        assertThat(Files.size(archive())).isGreaterThan(1_000_000);
    }
}
