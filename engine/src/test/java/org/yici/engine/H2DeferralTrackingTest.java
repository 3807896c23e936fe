package org.yici.engine;

/** 容缺受理 tracking on the embedded H2 file database. */
class H2DeferralTrackingTest extends DeferralTrackingContract {}
