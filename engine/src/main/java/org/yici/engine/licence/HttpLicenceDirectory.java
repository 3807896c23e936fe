package org.yici.engine.licence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.yici.rules.check.CheckRequest.SharedDataRef;

/**
 * A provincial licence service over HTTP: {@code GET {base-url}/licences?holder=X} answering a JSON
 * array of {@code {type, number, holder, validUntil, source}}, each optionally with what the licence
 * states ({@code name, address, legalRepresentative}) for pre-filled forms. Timeouts are set on the
 * client (see {@link LicenceConfiguration}); a slow or failing service never blocks a check for long.
 */
public class HttpLicenceDirectory implements LicenceDirectory {
    private final RestClient client;

    public HttpLicenceDirectory(RestClient client) {
        this.client = client;
    }

    @Override
    public List<SharedDataRef> licencesOf(Collection<String> holders) {
        return ask(holders, SharedDataRef[].class);
    }

    /** The same answer read with the details a service states; those it leaves out stay null. */
    @Override
    public List<LicenceDetails> detailsOf(Collection<String> holders) {
        return ask(holders, LicenceDetails[].class);
    }

    private <T> List<T> ask(Collection<String> holders, Class<T[]> type) {
        List<T> all = new ArrayList<>();
        for (String holder : holders) {
            try {
                T[] found = client.get()
                        .uri(uri -> uri.path("/licences")
                                .queryParam("holder", holder)
                                .build())
                        .retrieve()
                        .body(type);
                if (found != null) {
                    all.addAll(Arrays.asList(found));
                }
            } catch (RestClientException e) {
                throw new LicenceDirectoryUnavailableException("licence service failed: " + e.getMessage(), e);
            }
        }
        return all;
    }
}
