package org.yici.engine.rulebase;

/** Published rule versions on the embedded H2 file database. */
class H2PublishedRulesTest extends PublishedRulesContract {}
