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
 * array of {@code {type, number, holder, validUntil, source}}. Timeouts are set on the client
 * (see {@link LicenceConfiguration}); a slow or failing service never blocks a check for long.
 */
public class HttpLicenceDirectory implements LicenceDirectory {
    private final RestClient client;

    public HttpLicenceDirectory(RestClient client) {
        this.client = client;
    }

    @Override
    public List<SharedDataRef> licencesOf(Collection<String> holders) {
        List<SharedDataRef> all = new ArrayList<>();
        for (String holder : holders) {
            try {
                SharedDataRef[] found = client.get()
                        .uri(uri -> uri.path("/licences")
                                .queryParam("holder", holder)
                                .build())
                        .retrieve()
                        .body(SharedDataRef[].class);
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
