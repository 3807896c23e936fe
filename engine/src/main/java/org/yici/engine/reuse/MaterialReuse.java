package org.yici.engine.reuse;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.yici.engine.licence.LicenceDirectory;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.CheckRequest.SharedDataRef;
import org.yici.rules.model.ReusedMaterial;

/**
 * Decides which earlier materials a request may reuse (免于提交): only the holder's own, handed in
 * with an accepted check, still valid on the application date and not contradicted by the licence
 * directory. What is refused is said, so the applicant hands it in now rather than after a trip.
 */
@Service
public class MaterialReuse {
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("org.yici.engine.reuse.messages", Locale.ROOT);

    private final HandedInMaterials handedIn;
    private final ReuseProperties properties;
    private final LicenceDirectory directory;

    MaterialReuse(HandedInMaterials handedIn, ReuseProperties properties, LicenceDirectory directory) {
        this.handedIn = handedIn;
        this.properties = properties;
        this.directory = directory;
    }

    /**
     * What the request's {@code reuse} list may stand for.
     *
     * @param materials the earlier materials granted, as the rules take them
     * @param granted the same, as recorded
     * @param refusals one message per refused reference, for the applicant
     */
    public record Decision(List<ReusedMaterial> materials, List<HandedInMaterial> granted, List<String> refusals) {}

    /** @param licences the licences the directory holds for the holders, valid or not */
    public Decision decide(CheckRequest request, List<SharedDataRef> licences) {
        if (request.applicationDate() == null) {
            // The request is refused for want of a date; nothing is granted against no date.
            return new Decision(List.of(), List.of(), List.of());
        }
        Set<String> holders = holdersOf(request);
        List<ReusedMaterial> materials = new ArrayList<>();
        List<HandedInMaterial> granted = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (CheckRequest.ReuseRef ref : request.reuse()) {
            HandedInMaterial found = ref.checkId() == null || ref.material() == null
                    ? null
                    : handedIn.find(ref.checkId(), ref.material()).orElse(null);
            String refusal = refusal(ref, found, holders, request.applicationDate(), licences);
            if (refusal != null) {
                refusals.add(refusal);
                continue;
            }
            granted.add(found);
            materials.add(found.asReused());
        }
        return new Decision(List.copyOf(materials), List.copyOf(granted), List.copyOf(refusals));
    }

    /**
     * What the holders of this request could reuse on its date: the newest still usable material
     * of each type and holder, leaving out what check {@code excludedCheckId} (null for none) was
     * handed; nothing when the request names no holder. Asks the licence directory whether a licence has lapsed; when it cannot answer, the
     * offers stand (the check itself asks again and warns).
     */
    public List<HandedInMaterial> offers(CheckRequest request, String excludedCheckId) {
        Set<String> holders = holdersOf(request);
        if (holders.isEmpty()) {
            return List.of();
        }
        List<SharedDataRef> licences;
        try {
            licences = directory.licencesOf(holders);
        } catch (LicenceDirectory.LicenceDirectoryUnavailableException e) {
            licences = List.of();
        }
        Map<String, HandedInMaterial> newest = new LinkedHashMap<>();
        for (HandedInMaterial m : handedIn.of(holders)) {
            if (!m.checkId().equals(excludedCheckId)
                    && m.usableOn(request.applicationDate(), properties.maxAge())
                    && !invalidatedByDirectory(m, request.applicationDate(), licences)) {
                newest.putIfAbsent(m.type() + "/" + m.holder(), m);
            }
        }
        return List.copyOf(newest.values());
    }

    private String refusal(
            CheckRequest.ReuseRef ref,
            HandedInMaterial found,
            Set<String> holders,
            LocalDate date,
            List<SharedDataRef> licences) {
        if (found == null) {
            return format("refused.notFound", ref.checkId(), ref.material());
        }
        if (!holders.contains(found.holder().toUpperCase(Locale.ROOT))) {
            return format("refused.otherHolder", ref.checkId(), ref.material());
        }
        if (!found.usableOn(date, properties.maxAge())) {
            return format("refused.expired", found.checkId(), found.material(), found.name(), found.handedInOn());
        }
        if (invalidatedByDirectory(found, date, licences)) {
            return format("refused.licenceInvalid", found.checkId(), found.material(), found.name());
        }
        return null;
    }

    /**
     * The directory holds a licence of this type for the holder, and none of them is valid on the
     * date: the licence was cancelled or has expired since it was handed in.
     */
    private static boolean invalidatedByDirectory(HandedInMaterial m, LocalDate date, List<SharedDataRef> licences) {
        List<SharedDataRef> same = licences.stream()
                .filter(l -> m.type().equals(l.type()))
                .filter(l -> m.holder().equalsIgnoreCase(l.holder() != null ? l.holder() : l.number()))
                .toList();
        return !same.isEmpty()
                && same.stream()
                        .noneMatch(
                                l -> l.validUntil() == null || !l.validUntil().isBefore(date));
    }

    /** The applicant's and the agent's ID numbers and credit codes, upper case. */
    public static Set<String> holdersOf(CheckRequest request) {
        Set<String> holders = new LinkedHashSet<>();
        for (CheckRequest.Party p : new CheckRequest.Party[] {request.applicant(), request.agent()}) {
            if (p == null) {
                continue;
            }
            for (String h : new String[] {p.idNumber(), p.creditCode()}) {
                if (h != null && !h.isBlank()) {
                    holders.add(h.toUpperCase(Locale.ROOT));
                }
            }
        }
        return holders;
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(MESSAGES.getString(key), Locale.ROOT).format(arguments);
    }
}
