package org.yici.engine.job;

/** Stored files and asynchronous checks on the embedded H2 file database (the default). */
class H2FilesAndJobsTest extends FilesAndJobsContract {}
