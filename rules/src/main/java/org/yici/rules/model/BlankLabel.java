package org.yici.rules.model;

/**
 * A labelled field of a form with nothing filled in: an empty AcroForm field or, on a scan, a
 * label ("经营者姓名：") with nothing after it.
 *
 * @param field the field's key (e.g. {@code name}, {@code idNumber}) or its label as printed
 */
public record BlankLabel(String material, String document, int page, String field) {

    public String getMaterial() {
        return material;
    }

    public String getField() {
        return field;
    }
}
