package org.yici.engine.reuse;

/** 免于提交 on the embedded H2 file database. */
class H2MaterialReuseTest extends MaterialReuseContract {}
