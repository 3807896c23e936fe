/**
 * What an ingested document says: its material type (keywords and headings of
 * {@code rules/data/material-types.yaml}, weighted), the labelled fields it states, pages too
 * unclear to judge and labelled fields left blank. The output is facts for the rules
 * ({@code DocumentReading}); the rules, not this package, decide what is a finding.
 */
package org.yici.engine.content;
