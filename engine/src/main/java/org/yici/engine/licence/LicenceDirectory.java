package org.yici.engine.licence;

import java.util.Collection;
import java.util.List;
import org.yici.rules.check.CheckRequest.SharedDataRef;

/**
 * Where Yici asks which licences (电子证照) the government already holds for an applicant. The
 * embedded table is the default; a provincial licence service replaces it by configuration
 * ({@code yici.licences.provider=http}).
 */
public interface LicenceDirectory {

    /**
     * Every licence held by any of {@code holders} (ID numbers or credit codes), valid or not: the
     * rules decide validity on the application date.
     *
     * @throws LicenceDirectoryUnavailableException when the directory cannot answer in time
     */
    List<SharedDataRef> licencesOf(Collection<String> holders);

    /**
     * What the licences of {@code holders} state (name, address, legal representative), for
     * pre-filled forms. A directory that only answers numbers and validity returns none.
     *
     * @throws LicenceDirectoryUnavailableException when the directory cannot answer in time
     */
    default List<LicenceDetails> detailsOf(Collection<String> holders) {
        return List.of();
    }

    /** The directory did not answer; a check goes on without shared data and says so. */
    class LicenceDirectoryUnavailableException extends RuntimeException {
        public LicenceDirectoryUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
