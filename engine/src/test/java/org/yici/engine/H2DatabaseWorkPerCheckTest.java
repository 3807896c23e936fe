package org.yici.engine;

/** {@link DatabaseWorkPerCheckContract} on the embedded H2 file database. */
class H2DatabaseWorkPerCheckTest extends DatabaseWorkPerCheckContract {}
