package dev.inv.service;

import dev.inv.core.AmountFormatException;
import dev.inv.core.IdentifierFormat;
import dev.inv.core.Identifiers;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.core.Tracking;
import dev.inv.csv.CsvDialect;
import dev.inv.csv.CsvFile;
import dev.inv.csv.CsvRow;
import dev.inv.csv.CsvRows;
import dev.inv.service.ImportService.Match;
import dev.inv.service.ImportService.ProductsRequest;
import dev.inv.service.ImportService.Progress;
import dev.inv.service.ImportService.Summary;
import dev.inv.store.ImportRepository;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.ProductStaging;
import dev.inv.store.ProductStaging.Staged;
import dev.inv.store.RejectLog;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code inv import products}: creates or updates products from a file whose header names the
 * columns (any order, any subset that has sku and name):
 * {@code sku,name,tracking,identifier_label,identifier_format,unique,cost,price,warranty_months,variant_of,attributes}.
 * New products follow the rules of {@code inv product create}. For an existing product an empty
 * cell keeps the current value; name, cost, price, warranty and a variant's attributes may
 * change, while tracking, identifier label, format, uniqueness and parent may not (units already
 * received depend on them), so a different value there is a bad row.
 */
final class ProductImport extends KindImport {

    /** Columns by header name; synonyms a spreadsheet might use map to the same column. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("sku", "sku"), Map.entry("name", "name"), Map.entry("tracking", "tracking"),
            Map.entry("identifierlabel", "identifier_label"), Map.entry("label", "identifier_label"),
            Map.entry("identifierformat", "identifier_format"), Map.entry("format", "identifier_format"),
            Map.entry("unique", "unique"), Map.entry("uniqueidentifiers", "unique"),
            Map.entry("cost", "cost"), Map.entry("price", "price"),
            Map.entry("warrantymonths", "warranty_months"), Map.entry("warranty", "warranty_months"),
            Map.entry("variantof", "variant_of"), Map.entry("parent", "variant_of"),
            Map.entry("attributes", "attributes"), Map.entry("attrs", "attributes"));

    static final String HEADER = "sku,name,tracking,identifier_label,identifier_format,unique,cost,price,"
            + "warranty_months,variant_of,attributes";

    private final ProductsRequest req;
    private long created;
    private long updated;
    private long unchanged;
    private long staged;

    ProductImport(Session session, ProductsRequest req) {
        super(session);
        this.req = req;
    }

    @Override
    String kind() {
        return "products";
    }

    @Override
    boolean dryRun() {
        return req.dryRun();
    }

    @Override
    void resolve(Connection c) {
        // nothing on the command line names anything
    }

    @Override
    Optional<Match> findEarlier(Connection c, String contentHash) throws SQLException {
        return new ImportRepository(c).findByContent(kind(), contentHash).map(r -> Match.of(r, "content"));
    }

    @Override
    void checkCommandLine(Problems problems) {
        // nothing to check
    }

    @Override
    void createTables(Connection c) throws SQLException {
        ProductStaging.create(c);
    }

    @Override
    void dropTables(Connection c) throws SQLException {
        ProductStaging.drop(c);
    }

    @Override
    void stage(Connection c, CsvFile file, RejectLog rejects, Progress progress) throws SQLException, IOException {
        CsvDialect dialect = file.dialect();
        ProductStaging staging = new ProductStaging(c);
        ProductRepository products = new ProductRepository(c);
        try (CsvRows rows = file.rows()) {
            CsvRow header = rows.next();
            if (header == null) {
                return;
            }
            Map<String, Integer> columns = columns(header, rejects);
            if (columns == null) {
                return; // the header is wrong: the rows cannot be read
            }
            for (CsvRow row = rows.next(); row != null; row = rows.next()) {
                counted(row.line(), progress);
                RowCheck check = new RowCheck(row, columns, dialect);
                Staged s = check.run(staging, products);
                if (check.problems.isEmpty()) {
                    staging.add(s);
                    staged++;
                } else {
                    rejects.add(row.line(), check.value, String.join("; ", check.problems));
                }
            }
        }
    }

    /** The column index of each known column of the header, or null (and a rejected line 1) when it is wrong. */
    private static Map<String, Integer> columns(CsvRow header, RejectLog rejects) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.width(); i++) {
            String cell = header.cell(i);
            String column = COLUMNS.get(headerKey(cell));
            if (column == null) {
                problems.add(cell.isEmpty() ? "column " + (i + 1) + " has no name"
                        : "unknown column '" + Identifiers.shorten(cell) + "'");
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add("column " + column + " is given twice");
            }
        }
        if (!columns.containsKey("sku") || !columns.containsKey("name")) {
            problems.add(0, "the first row must be a header naming the columns, with at least sku and name");
        }
        if (problems.isEmpty()) {
            return columns;
        }
        rejects.add(header.line(), String.join(",", header.cells().subList(0, header.width())),
                String.join("; ", problems) + "; the columns are " + HEADER);
        return null;
    }

    /** The checks of one row; collects every problem of the row into one message. */
    private final class RowCheck {
        private final CsvRow row;
        private final Map<String, Integer> columns;
        private final CsvDialect dialect;
        final List<String> problems = new ArrayList<>();
        /** The first offending value, for the report. */
        String value;

        RowCheck(CsvRow row, Map<String, Integer> columns, CsvDialect dialect) {
            this.row = row;
            this.columns = columns;
            this.dialect = dialect;
        }

        private String cell(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : row.cell(i);
        }

        private String given(String column) {
            String v = cell(column);
            return v.isEmpty() ? null : v;
        }

        private void problem(String offending, String message) {
            if (value == null) {
                value = offending;
            }
            problems.add(message);
        }

        Staged run(ProductStaging staging, ProductRepository products) throws SQLException {
            int headerWidth = columns.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            if (row.width() > headerWidth) {
                problem(String.join(",", row.cells().subList(headerWidth, row.width())), "too many columns: "
                        + row.width() + " where the header has " + headerWidth);
            }
            String sku = cell("sku");
            String skuProblem = Names.codeProblem("SKU", sku);
            if (skuProblem != null) {
                problem(sku, skuProblem);
            }
            Optional<Staged> earlier = skuProblem == null ? staging.findStaged(sku) : Optional.empty();
            earlier.ifPresent(e -> problem(sku, "SKU " + sku + " repeats line " + e.line()));
            ProductRow existing = skuProblem == null ? products.findBySku(sku).orElse(null) : null;

            String name = given("name");
            String nameProblem = Names.textProblem("name", name, existing == null);
            if (nameProblem != null) {
                problem(name, nameProblem);
            }
            Tracking tracking = null;
            if (given("tracking") != null) {
                try {
                    tracking = Tracking.fromLabel(cell("tracking"));
                } catch (IllegalArgumentException e) {
                    problem(cell("tracking"), e.getMessage());
                }
            }
            String label = given("identifier_label");
            String labelProblem = Names.textProblem("identifier_label", label, false);
            if (labelProblem != null) {
                problem(label, labelProblem);
            }
            IdentifierFormat format = null;
            if (given("identifier_format") != null) {
                try {
                    format = IdentifierFormat.parse(cell("identifier_format"));
                } catch (IllegalArgumentException e) {
                    problem(cell("identifier_format"), e.getMessage());
                }
            }
            Boolean unique = null;
            if (given("unique") != null) {
                unique = yesNo(cell("unique"));
                if (unique == null) {
                    problem(cell("unique"), "unique '" + Identifiers.shorten(cell("unique")) + "' is not yes or no");
                }
            }
            Long cost = amount("cost");
            Long price = amount("price");
            Integer warranty = null;
            if (given("warranty_months") != null) {
                String w = cell("warranty_months");
                if (w.length() <= 4 && w.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    warranty = Integer.parseInt(w);
                } else {
                    problem(w, "warranty_months '" + Identifiers.shorten(w) + "' is not a whole number of months");
                }
            }
            Map<String, String> attributes = attributes(given("attributes"));
            String parentSku = given("variant_of");

            if (existing == null) {
                checkNew(sku, parentSku, tracking, label, format, unique, attributes, staging, products);
            } else {
                checkUpdate(existing, parentSku, tracking, label, format, unique, attributes, products);
            }
            if (!problems.isEmpty()) {
                return null;
            }
            if (existing == null) {
                created++;
            } else if (changes(existing, name, cost, price, warranty, attributes, products)) {
                updated++;
            } else {
                unchanged++;
            }
            return new Staged(row.line(), sku, name == null ? null : name.strip(),
                    tracking == null ? null : tracking.label(), label, format == null ? null : format.spec(), unique,
                    cost, price, warranty, parentSku, encode(attributes));
        }

        private void checkNew(String sku, String parentSku, Tracking tracking, String label, IdentifierFormat format,
                              Boolean unique, Map<String, String> attributes, ProductStaging staging,
                              ProductRepository products) throws SQLException {
            List<String> identifierColumns = new ArrayList<>();
            if (label != null) {
                identifierColumns.add("identifier_label");
            }
            if (format != null) {
                identifierColumns.add("identifier_format");
            }
            if (unique != null) {
                identifierColumns.add("unique");
            }
            if (parentSku != null) {
                if (parentSku.equals(sku)) {
                    problem(parentSku, "a product cannot be a variant of itself");
                    return;
                }
                Optional<ProductRow> parent = products.findBySku(parentSku);
                Optional<Staged> stagedParent = parent.isPresent() ? Optional.empty() : staging.findStaged(parentSku);
                if (parent.isEmpty() && stagedParent.isEmpty()) {
                    problem(parentSku, "variant_of: no product with SKU '" + parentSku
                            + "' in the inventory or on an earlier line");
                } else if ((parent.isPresent() && parent.get().parentId() != null)
                        || (stagedParent.isPresent() && stagedParent.get().variantOf() != null)) {
                    problem(parentSku, "variant_of: " + parentSku + " is itself a variant; make variants of its parent");
                }
                if (tracking != null) {
                    identifierColumns.add(0, "tracking");
                }
                for (String column : identifierColumns) {
                    problem(cell(column), column + " is inherited from the parent product; leave it empty for a variant");
                }
                if (attributes.isEmpty() && given("attributes") == null) {
                    problem("", "a variant needs attributes, e.g. color=Black;storage=128GB");
                }
            } else {
                if (given("attributes") != null) {
                    problem(cell("attributes"), "attributes describe a variant; give variant_of too");
                }
                if (tracking != Tracking.SERIALIZED) {
                    for (String column : identifierColumns) {
                        problem(cell(column), column + " applies to serialized products only; set tracking to serialized");
                    }
                }
            }
        }

        private void checkUpdate(ProductRow existing, String parentSku, Tracking tracking, String label,
                                 IdentifierFormat format, Boolean unique, Map<String, String> attributes,
                                 ProductRepository products) throws SQLException {
            String sku = existing.sku();
            if (tracking != null && !tracking.label().equals(existing.tracking())) {
                problem(cell("tracking"), sku + " exists with tracking " + existing.tracking()
                        + "; an import cannot change it");
            }
            if (label != null && !label.strip().equals(existing.identifierLabel())) {
                problem(label, sku + " exists with identifier label "
                        + (existing.identifierLabel() == null ? "none" : existing.identifierLabel())
                        + "; an import cannot change it");
            }
            if (format != null && !format.spec().equals(existing.identifierFormat())) {
                problem(cell("identifier_format"), sku + " exists with identifier format "
                        + existing.identifierFormat() + "; an import cannot change it");
            }
            if (unique != null && unique != existing.uniqueIdentifiers()) {
                problem(cell("unique"), sku + " exists with " + (existing.uniqueIdentifiers() ? "unique" : "non-unique")
                        + " identifiers; an import cannot change that");
            }
            String currentParent = existing.parentId() == null ? null
                    : products.findById(existing.parentId()).map(ProductRow::sku).orElse(null);
            if (parentSku != null && !parentSku.equals(currentParent)) {
                problem(parentSku, sku + " exists " + (currentParent == null ? "as no variant"
                        : "as a variant of " + currentParent) + "; an import cannot change that");
            }
            if (given("attributes") != null && currentParent == null) {
                problem(cell("attributes"), "attributes describe a variant; " + sku + " is not one");
            }
        }

        private Long amount(String column) {
            String text = given(column);
            if (text == null) {
                return null;
            }
            try {
                return dialect.amount(text, session.digits()).minor();
            } catch (AmountFormatException e) {
                problem(text, column + ": " + e.getMessage());
                return null;
            }
        }

        /**
         * {@code color=Black;storage=128GB}, pairs separated by ';' or '|' (in a semicolon file
         * the cell is quoted, or uses '|').
         */
        private Map<String, String> attributes(String text) {
            Map<String, String> out = new LinkedHashMap<>();
            if (text == null) {
                return out;
            }
            for (String pair : text.split("[;|]")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? "" : pair.substring(0, eq).strip();
                String v = eq < 0 ? "" : pair.substring(eq + 1).strip();
                if (key.isEmpty() || v.isEmpty()) {
                    problem(text, "attributes: '" + Identifiers.shorten(pair.strip())
                            + "' is not key=value (e.g. color=Black;storage=128GB)");
                    continue;
                }
                String p = Names.textProblem("attribute " + key, v, true);
                if (p != null) {
                    problem(text, "attributes: " + p);
                } else if (out.putIfAbsent(key, v) != null) {
                    problem(text, "attributes: " + key + " is given twice");
                }
            }
            return out;
        }
    }

    /** Whether a row would change anything of an existing product. */
    private static boolean changes(ProductRow p, String name, Long cost, Long price, Integer warranty,
                                   Map<String, String> attributes, ProductRepository products) throws SQLException {
        if ((name != null && !name.strip().equals(p.name())) || (cost != null && !cost.equals(p.cost()))
                || (price != null && !price.equals(p.price()))
                || (warranty != null && !warranty.equals(p.warrantyMonths()))) {
            return true;
        }
        if (attributes.isEmpty()) {
            return false;
        }
        Map<String, String> current = products.attributes(p.id());
        return attributes.entrySet().stream().anyMatch(e -> !Objects.equals(current.get(e.getKey()), e.getValue()));
    }

    private static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "unique" -> true;
            case "no", "n", "false", "0" -> false;
            default -> null;
        };
    }

    /** Attributes as staged: one key=value per line (a value never holds a line break). */
    private static String encode(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        attributes.forEach((k, v) -> b.append(b.length() == 0 ? "" : "\n").append(k).append('=').append(v));
        return b.toString();
    }

    private static Map<String, String> decode(String staged) {
        Map<String, String> out = new LinkedHashMap<>();
        if (staged != null) {
            for (String pair : staged.split("\n")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    @Override
    void check(Connection c, RejectLog rejects) {
        // every check of a products file needs the rows before it and runs while staging
    }

    @Override
    void write(Connection c, String contentHash, String at) throws SQLException {
        ProductRepository products = new ProductRepository(c);
        ProductStaging staging = new ProductStaging(c);
        staging.forEach(s -> {
            ProductRow existing = products.findBySku(s.sku()).orElse(null);
            Map<String, String> attributes = decode(s.attributes());
            if (existing == null) {
                long id = products.insert(newRow(s, products, at));
                products.putAttributes(id, attributes);
            } else {
                staging.updateProduct(existing.id(), s.name(), s.cost(), s.price(), s.warrantyMonths());
                for (Map.Entry<String, String> e : attributes.entrySet()) {
                    staging.putAttribute(existing.id(), e.getKey(), e.getValue());
                }
            }
        });
        new ImportRepository(c).insert(kind(), contentHash, null, null, staged, at, session.actor());
    }

    /** A new product as {@code inv product create} makes it: a variant inherits from its parent. */
    private static ProductRow newRow(Staged s, ProductRepository products, String at) throws SQLException {
        if (s.variantOf() != null) {
            ProductRow parent = products.findBySku(s.variantOf()).orElseThrow(
                    () -> new IllegalStateException("parent " + s.variantOf() + " vanished during the import"));
            return new ProductRow(0, s.sku(), s.name(), parent.tracking(), parent.identifierLabel(),
                    parent.identifierFormat(), parent.uniqueIdentifiers(),
                    s.cost() != null ? s.cost() : parent.cost(), s.price() != null ? s.price() : parent.price(),
                    s.warrantyMonths() != null ? s.warrantyMonths() : parent.warrantyMonths(), parent.id(), at);
        }
        Tracking tracking = s.tracking() == null ? Tracking.QUANTITY : Tracking.fromLabel(s.tracking());
        boolean serialized = tracking == Tracking.SERIALIZED;
        IdentifierFormat format = IdentifierFormat.parse(s.identifierFormat() == null ? "any" : s.identifierFormat());
        String label = s.identifierLabel() != null ? s.identifierLabel().strip()
                : ProductService.defaultIdentifierLabel(serialized, format);
        return new ProductRow(0, s.sku(), s.name(), tracking.label(), label, format.spec(),
                s.uniqueIdentifiers() == null || s.uniqueIdentifiers(), s.cost(), s.price(), s.warrantyMonths(),
                null, at);
    }

    @Override
    Summary summary(String file, Match duplicateOf, long rows, long errors, String at) {
        boolean counted = duplicateOf == null && errors == 0;
        return new Summary(kind(), file, null, null, null, req.dryRun(), duplicateOf, rows, errors, null, 0, 0, 0,
                null, counted ? created : 0, counted ? updated : 0, counted ? unchanged : 0, at);
    }
}
