package dev.inv.service;

import dev.inv.core.Money;
import dev.inv.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every use case needs: the open database, who is acting, and the clock. The REPL keeps one
 * session for its whole life; a plain command makes one per run.
 */
public final class Session {

    private final Database db;
    private final String actor;
    private final Clock clock;

    public Session(Database db, String actor, Clock clock) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
    }

    public Database db() {
        return db;
    }

    public String actor() {
        return actor;
    }

    /** Now, in the stored form: ISO-8601 UTC to the second, e.g. {@code 2026-12-03T13:40:35Z}. */
    public String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public int digits() {
        return db.currencyDigits();
    }

    /** Minor units of the database's currency as Money; null stays null. */
    public Money money(Long minor) {
        return minor == null ? null : Money.ofMinor(minor, digits());
    }
}
