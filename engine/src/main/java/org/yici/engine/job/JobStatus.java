package org.yici.engine.job;

/** Where an asynchronous check is. */
public enum JobStatus {
    /** Waiting for a worker (also again after its worker's process stopped). */
    QUEUED,
    /** Claimed by one worker; files are being read or the rules run. */
    RUNNING,
    /** The check is recorded; {@code checkId} names it. */
    DONE,
    /** The request was rejected or the check could not be made; {@code problem} says why. */
    FAILED
}
