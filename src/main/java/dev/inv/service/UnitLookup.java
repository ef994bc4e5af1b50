package dev.inv.service;

import dev.inv.core.Identifiers;
import dev.inv.core.InvException;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.UnitRepository;
import dev.inv.store.UnitRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the one unit an operator names by identifier (DESIGN.md, "Identifiers"): across every
 * product, or within one product family with {@code SKU:IDENTIFIER} (or a separate SKU). The
 * identifier is tried as typed (trimmed), then with spaces and dashes removed, because IMEIs are
 * stored bare but printed and scanned as {@code 35-693803-564380-9}.
 *
 * <p>Used inside a caller's transaction: it opens none of its own. No match is exit 3; several
 * matches are exit 4 and list every unit as {@code SKU:IDENTIFIER}, so the operator can copy one.
 */
public final class UnitLookup {

    private UnitLookup() {
    }

    /**
     * The unit named by {@code text}: an identifier, or {@code SKU:IDENTIFIER}.
     *
     * @throws InvException exit 2 for empty text, 3 when nothing matches, 4 when several units do
     */
    public static UnitRow find(Connection c, String text) throws SQLException {
        return find(c, null, text);
    }

    /** As {@link #find(Connection, String)}, restricted to the family of product {@code sku} when not null. */
    public static UnitRow find(Connection c, String sku, String text) throws SQLException {
        Problems problems = new Problems();
        UnitRow unit = find(c, sku, text, problems);
        problems.throwIfAny();
        return unit;
    }

    /**
     * As {@link #find(Connection, String, String)}, but adds the problem to {@code problems} and
     * returns null, so that a command can report it together with its other problems.
     */
    public static UnitRow find(Connection c, String sku, String text, Problems problems) throws SQLException {
        return find(c, sku, text, problems, null);
    }

    /**
     * As {@link #find(Connection, String, String, Problems)}; when several units share the
     * identifier (products without unique identifiers, or the same serial in two products) and
     * exactly one of them has status {@code preferred}, that one is meant: a sale names the
     * available unit, a return the sold one.
     */
    public static UnitRow find(Connection c, String sku, String text, Problems problems, UnitStatus preferred)
            throws SQLException {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            problems.usage("identifier is empty");
            return null;
        }
        ProductRepository products = new ProductRepository(c);
        ProductRow product = null;
        String identifier = typed;
        String unknownPrefix = null;
        if (sku != null) {
            product = products.findBySku(sku).orElse(null);
            if (product == null) {
                problems.notFound("no product with SKU '" + Identifiers.shorten(sku) + "'");
                return null;
            }
        } else {
            int colon = typed.indexOf(':');
            if (colon > 0) {
                String prefix = typed.substring(0, colon);
                Optional<ProductRow> named = products.findBySku(prefix);
                if (named.isPresent()) {
                    product = named.get();
                    identifier = typed.substring(colon + 1).strip();
                    if (identifier.isEmpty()) {
                        problems.usage("'" + Identifiers.shorten(typed) + "' names no identifier after the SKU;"
                                + " write SKU:IDENTIFIER");
                        return null;
                    }
                } else {
                    // not SKU:IDENTIFIER after all: identifiers may hold ':' (MAC addresses)
                    unknownPrefix = prefix;
                }
            }
        }

        List<UnitRow> found = List.of();
        UnitRepository units = new UnitRepository(c);
        for (String form : forms(identifier)) {
            found = product == null ? units.findByIdentifier(form)
                    : units.findInFamily(product.familyId(), form);
            if (!found.isEmpty()) {
                break;
            }
        }
        if (found.isEmpty()) {
            String shown = Identifiers.shorten(identifier);
            if (product != null) {
                problems.notFound("no unit with identifier '" + shown + "' in " + product.sku()
                        + (product.serialized() ? "" : " (" + product.sku() + " is tracked by quantity)"));
            } else if (unknownPrefix != null) {
                problems.notFound("no unit with identifier '" + shown + "', and no product with SKU '"
                        + Identifiers.shorten(unknownPrefix) + "'");
            } else {
                problems.notFound("no unit with identifier '" + shown + "'");
            }
            return null;
        }
        if (found.size() > 1 && preferred != null) {
            List<UnitRow> meant = found.stream().filter(u -> u.status().equals(preferred.label())).toList();
            if (meant.size() == 1) {
                return meant.get(0);
            }
        }
        if (found.size() > 1) {
            problems.refused("identifier '" + Identifiers.shorten(identifier) + "' matches " + found.size()
                    + " units: " + found.stream().map(u -> u.sku() + ":" + u.identifier() + " (" + u.status() + ")")
                    .collect(Collectors.joining(", ")) + "; write SKU:IDENTIFIER to name one");
            return null;
        }
        return found.get(0);
    }

    /**
     * Whether {@code text} names a unit at all: {@code SKU:IDENTIFIER} of a known SKU, or an
     * identifier some unit has. An identifier wins over a SKU of the same text.
     */
    public static boolean namesAUnit(Connection c, String text) throws SQLException {
        String typed = text == null ? "" : text.strip();
        int colon = typed.indexOf(':');
        if (colon > 0 && new ProductRepository(c).findBySku(typed.substring(0, colon)).isPresent()) {
            return true;
        }
        UnitRepository units = new UnitRepository(c);
        for (String form : forms(typed)) {
            if (!form.isEmpty() && !units.findByIdentifier(form).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms of a typed identifier to look up, in order: trimmed as typed, then (when that
     * differs) with spaces and dashes removed.
     */
    public static List<String> forms(String text) {
        String typed = text == null ? "" : text.strip();
        String compact = typed.replace(" ", "").replace("-", "");
        return compact.equals(typed) || compact.isEmpty() ? List.of(typed) : List.of(typed, compact);
    }
}
