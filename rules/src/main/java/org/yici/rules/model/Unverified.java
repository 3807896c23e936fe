package org.yici.rules.model;

/**
 * At the window, a file given as a package item that could not be recognised as the item's type:
 * staff hold the paper, so they are warned to look at it rather than the applicant being sent away
 * (online the same case is the finding {@code UNRECOGNISED}).
 *
 * @param slot the key of the package item
 * @param material the item's lead material code
 * @param document the file's name
 */
public record Unverified(String slot, String material, String document) {}
