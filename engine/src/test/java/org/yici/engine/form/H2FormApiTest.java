package org.yici.engine.form;

/** Pre-filled forms on the embedded H2 file database (the default configuration). */
class H2FormApiTest extends FormApiContract {}
