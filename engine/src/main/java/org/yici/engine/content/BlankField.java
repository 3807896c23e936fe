package org.yici.engine.content;

/** A labelled field of a form with nothing after its label. */
public record BlankField(int page, String label) {}
