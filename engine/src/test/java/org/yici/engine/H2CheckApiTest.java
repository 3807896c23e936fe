package org.yici.engine;

/** The REST contract on the embedded H2 file database (the default configuration). */
class H2CheckApiTest extends CheckApiContract {}
