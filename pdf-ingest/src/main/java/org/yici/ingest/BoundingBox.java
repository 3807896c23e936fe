package org.yici.ingest;

/** A rectangle in pixels of the image that was recognised (origin top left). */
public record BoundingBox(int x, int y, int width, int height) {}
