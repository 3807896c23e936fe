package org.yici.engine.notice;

/** Notices on the embedded H2 file database (the default configuration). */
class H2NoticeApiTest extends NoticeApiContract {}
