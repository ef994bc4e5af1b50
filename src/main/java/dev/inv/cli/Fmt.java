package dev.inv.cli;

import dev.inv.core.Money;

/** Small formatting rules for tables. */
final class Fmt {

    private Fmt() {
    }

    /** Money as a plain decimal, or null (shown as '-') when there is none. */
    static String money(Money m) {
        return m == null ? null : m.toPlainString();
    }

    /** A stored UTC timestamp shortened for a table: {@code 2026-12-03 13:40}. */
    static String time(String iso) {
        if (iso == null || iso.length() < 16) {
            return iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 16);
    }
}
