package org.yici.engine.licence;

import java.time.LocalDate;

/**
 * What an electronic licence (电子证照) states about its holder, beyond its number and validity.
 *
 * @param type the material type, e.g. {@code BUSINESS_LICENSE} or {@code ID_CARD}
 * @param number the licence number (a business licence's is the credit code)
 * @param holder the holder's ID number or credit code
 * @param name the registered name (名称) or the card holder's name; null when not stated
 * @param address 住所 or 住址; null when not stated
 * @param legalRepresentative 法定代表人（负责人、经营者）; null when not stated
 * @param validUntil null when it does not expire
 * @param source the issuing directory, as printed
 */
public record LicenceDetails(
        String type,
        String number,
        String holder,
        String name,
        String address,
        String legalRepresentative,
        LocalDate validUntil,
        String source) {}
