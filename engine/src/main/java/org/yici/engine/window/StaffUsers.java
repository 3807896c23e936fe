package org.yici.engine.window;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Window staff from table {@code staff_user}, managed with {@code yici staff}; the first one may
 * come from configuration.
 */
@Component
public class StaffUsers implements UserDetailsService {
    private static final Logger log = LoggerFactory.getLogger(StaffUsers.class);
    static final String ROLE = "STAFF";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final WindowProperties properties;
    private final Clock clock;

    StaffUsers(JdbcClient jdbc, PasswordEncoder passwords, WindowProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** A staff member as shown on the pages. */
    public record Staff(String username, String displayName, String office) {}

    /** A staff member as listed for administrators. */
    public record Account(String username, String displayName, String office, boolean enabled) {}

    /** Passwords shorter than this are refused (they guard the notices of every applicant). */
    public static final int MIN_PASSWORD_LENGTH = 8;

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String role, boolean enabled) {}
        return jdbc.sql("SELECT username, password_hash, role, enabled FROM staff_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("role"),
                        rs.getBoolean("enabled")))
                .optional()
                .map(r -> User.withUsername(r.username())
                        .password(r.passwordHash())
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + r.role())))
                        .disabled(!r.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    Optional<Staff> find(String username) {
        return jdbc.sql("SELECT username, display_name, office FROM staff_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) ->
                        new Staff(rs.getString("username"), rs.getString("display_name"), rs.getString("office")))
                .optional();
    }

    /**
     * Adds a staff member with a BCrypt hash of the password.
     *
     * @throws IllegalArgumentException for a blank user name, a short password or a user that exists
     */
    public void add(String username, String rawPassword, String displayName, String office) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("user name must be 1-64 letters, digits or . _ @ -");
        }
        requireStrong(rawPassword);
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("staff user '" + username + "' exists already");
        }
        jdbc.sql(
                        """
                INSERT INTO staff_user (username, password_hash, display_name, office, role, enabled, created_at)
                VALUES (:u, :h, :d, :o, :r, TRUE, :at)
                """)
                .param("u", username)
                .param("h", passwords.encode(rawPassword))
                .param("d", displayName)
                .param("o", office)
                .param("r", ROLE)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    public List<Account> list() {
        return jdbc.sql("SELECT username, display_name, office, enabled FROM staff_user ORDER BY username")
                .query((rs, n) -> new Account(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("office"),
                        rs.getBoolean("enabled")))
                .list();
    }

    /** Enables or disables a login; a disabled user keeps their name in the audit trail. */
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE staff_user SET enabled = :e WHERE username = :u")
                        .param("e", enabled)
                        .param("u", username)
                        .update()
                > 0;
    }

    public boolean changePassword(String username, String rawPassword) {
        requireStrong(rawPassword);
        return jdbc.sql("UPDATE staff_user SET password_hash = :h WHERE username = :u")
                        .param("h", passwords.encode(rawPassword))
                        .param("u", username)
                        .update()
                > 0;
    }

    private static void requireStrong(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    /** Creates the configured first user while there is no staff user at all ({@link StaffBootstrap}). */
    @Transactional
    public void bootstrap() {
        String user = properties.bootstrapUser();
        if (user == null || user.isBlank()) {
            return;
        }
        int count =
                jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Integer.class).single();
        if (count > 0) {
            return;
        }
        String password = properties.bootstrapPassword();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "yici.window.bootstrap-user is set but yici.window.bootstrap-password is missing or shorter than 8 characters");
        }
        String display = properties.bootstrapDisplayName() == null
                        || properties.bootstrapDisplayName().isBlank()
                ? user.strip()
                : properties.bootstrapDisplayName();
        add(user.strip(), password, display, properties.bootstrapOffice());
        log.info("created the first window staff user '{}' from configuration", user.strip());
    }
}
