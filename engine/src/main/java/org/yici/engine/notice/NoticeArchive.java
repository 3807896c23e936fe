package org.yici.engine.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notice register (numbers given out) and the archive of issued notices; both insert-only. */
@Repository
class NoticeArchive {
    private final JdbcClient jdbc;

    NoticeArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A number given to a check. */
    record Registration(
            String number,
            String checkId,
            String officeCode,
            int year,
            long seq,
            NoticeType type,
            String matter,
            String applicantKey,
            Instant checkedAt,
            String supersedes,
            Instant registeredAt) {}

    Optional<Registration> registrationOf(String checkId) {
        return jdbc.sql(
                        """
                SELECT number, check_id, office_code, notice_year, seq, notice_type, matter, applicant_key,
                       checked_at, supersedes, registered_at
                FROM notice_register WHERE check_id = :checkId
                """)
                .param("checkId", checkId)
                .query((rs, i) -> new Registration(
                        rs.getString("number"),
                        rs.getString("check_id"),
                        rs.getString("office_code"),
                        rs.getInt("notice_year"),
                        rs.getLong("seq"),
                        NoticeType.valueOf(rs.getString("notice_type")),
                        rs.getString("matter"),
                        rs.getString("applicant_key"),
                        rs.getTimestamp("checked_at").toInstant(),
                        rs.getString("supersedes"),
                        rs.getTimestamp("registered_at").toInstant()))
                .optional();
    }

    void register(Registration r) {
        jdbc.sql(
                        """
                INSERT INTO notice_register (number, check_id, office_code, notice_year, seq, notice_type, matter,
                                             applicant_key, checked_at, supersedes, registered_at)
                VALUES (:number, :checkId, :office, :year, :seq, :type, :matter, :applicantKey, :checkedAt,
                        :supersedes, :registeredAt)
                """)
                .param("number", r.number())
                .param("checkId", r.checkId())
                .param("office", r.officeCode())
                .param("year", r.year())
                .param("seq", r.seq())
                .param("type", r.type().name())
                .param("matter", r.matter())
                .param("applicantKey", r.applicantKey())
                .param("checkedAt", Timestamp.from(r.checkedAt()))
                .param("supersedes", r.supersedes())
                .param("registeredAt", Timestamp.from(r.registeredAt()))
                .update();
    }

    /**
     * The number given to the latest check for the same matter and applicant made before
     * {@code before} and not before {@code notBefore}.
     */
    Optional<String> latestEarlier(String matter, String applicantKey, Instant before, Instant notBefore) {
        return jdbc
                .sql(
                        """
                SELECT number FROM notice_register
                WHERE matter = :matter AND applicant_key = :applicantKey
                  AND checked_at < :before AND checked_at >= :notBefore
                ORDER BY checked_at DESC, number DESC
                """)
                .param("matter", matter)
                .param("applicantKey", applicantKey)
                .param("before", Timestamp.from(before))
                .param("notBefore", Timestamp.from(notBefore))
                .query(String.class)
                .stream()
                .findFirst();
    }

    Optional<Notice> find(String checkId) {
        return jdbc.sql(
                        """
                SELECT number, check_id, notice_type, html, pdf, sha256, supersedes, created_at
                FROM notice WHERE check_id = :checkId
                """)
                .param("checkId", checkId)
                .query((rs, i) -> new Notice(
                        rs.getString("number"),
                        rs.getString("check_id"),
                        NoticeType.valueOf(rs.getString("notice_type")),
                        rs.getString("html"),
                        rs.getBytes("pdf"),
                        rs.getString("sha256"),
                        rs.getString("supersedes"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** Stores a notice; false when one is already stored for its check (a concurrent issuer won). */
    boolean insert(Notice n) {
        try {
            jdbc.sql(
                            """
                    INSERT INTO notice (number, check_id, notice_type, html, pdf, sha256, supersedes, created_at)
                    VALUES (:number, :checkId, :type, :html, :pdf, :sha256, :supersedes, :createdAt)
                    """)
                    .param("number", n.number())
                    .param("checkId", n.checkId())
                    .param("type", n.type().name())
                    .param("html", n.html())
                    .param("pdf", n.pdf())
                    .param("sha256", n.sha256())
                    .param("supersedes", n.supersedes())
                    .param("createdAt", Timestamp.from(n.createdAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
