package org.yici.engine.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.yici.engine.Yici;
import org.yici.engine.YiciApplication;

/** {@code yici staff}: staff users managed from the command line, on the service's database. */
class StaffCommandTest {
    @TempDir
    Path dataDir;

    private final InputStream stdin = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void useTemporaryDataDir() {
        System.setProperty("yici.data-dir", dataDir.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("yici.data-dir");
        System.setIn(stdin);
    }

    @Test
    void aUserAddedWithAPasswordFromStandardInputCanBeListedDisabledAndEnabled() {
        assertThat(yici("correct-horse-battery", "staff", "add", "li.na", "--name", "李娜", "--office", "综合受理窗口"))
                .as(err.toString())
                .isZero();
        assertThat(yici(null, "staff", "list")).isZero();
        assertThat(out.toString())
                .contains("li.na")
                .contains("李娜")
                .contains("综合受理窗口")
                .contains("enabled");

        try (var context = context()) {
            var user = context.getBean(StaffUsers.class).loadUserByUsername("li.na");
            assertThat(user.getPassword()).startsWith("$2").doesNotContain("correct-horse");
            assertThat(context.getBean(PasswordEncoder.class).matches("correct-horse-battery", user.getPassword()))
                    .isTrue();
            assertThat(user.isEnabled()).isTrue();
        }

        assertThat(yici(null, "staff", "disable", "li.na")).isZero();
        try (var context = context()) {
            assertThat(context.getBean(StaffUsers.class)
                            .loadUserByUsername("li.na")
                            .isEnabled())
                    .isFalse();
        }
        assertThat(yici(null, "staff", "enable", "li.na")).isZero();
        assertThat(yici("another-long-secret", "staff", "password", "li.na")).isZero();
        try (var context = context()) {
            var user = context.getBean(StaffUsers.class).loadUserByUsername("li.na");
            assertThat(user.isEnabled()).isTrue();
            assertThat(context.getBean(PasswordEncoder.class).matches("another-long-secret", user.getPassword()))
                    .isTrue();
        }
    }

    @Test
    void aShortPasswordADuplicateAndAnUnknownUserAreRefusedWithExitCode2() {
        assertThat(yici("short", "staff", "add", "wang")).isEqualTo(2);
        assertThat(err.toString()).contains("at least 8");
        assertThat(yici("long-enough-secret", "staff", "add", "wang")).isZero();
        assertThat(yici("long-enough-secret", "staff", "add", "wang")).isEqualTo(2);
        assertThat(err.toString()).contains("exists already");
        assertThat(yici(null, "staff", "disable", "nobody")).isEqualTo(2);
        assertThat(out.toString()).contains("no staff user nobody");
    }

    private int yici(String typedPassword, String... args) {
        if (typedPassword != null) {
            System.setIn(new ByteArrayInputStream((typedPassword + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return Yici.execute(new PrintWriter(out), new PrintWriter(err), false, args);
    }

    private static org.springframework.context.ConfigurableApplicationContext context() {
        return new SpringApplicationBuilder(YiciApplication.class)
                .web(WebApplicationType.NONE)
                .run("--logging.level.root=WARN");
    }
}
