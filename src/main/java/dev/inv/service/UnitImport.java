package dev.inv.service;

import dev.inv.core.AmountFormatException;
import dev.inv.core.IdentifierFormat;
import dev.inv.core.Identifiers;
import dev.inv.core.InvalidIdentifierException;
import dev.inv.core.Problems;
import dev.inv.core.UnitStatus;
import dev.inv.csv.CsvDialect;
import dev.inv.csv.CsvFile;
import dev.inv.csv.CsvRow;
import dev.inv.csv.CsvRows;
import dev.inv.service.ImportService.Match;
import dev.inv.service.ImportService.Progress;
import dev.inv.service.ImportService.Summary;
import dev.inv.service.ImportService.UnitsRequest;
import dev.inv.store.ImportRepository;
import dev.inv.store.ProductRepository;
import dev.inv.store.ProductRow;
import dev.inv.store.ReceiptRepository;
import dev.inv.store.ReceiptRepository.Receipt;
import dev.inv.store.RejectLog;
import dev.inv.store.SupplierRepository;
import dev.inv.store.SupplierRow;
import dev.inv.store.UnitStaging;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code inv import units}: one identifier per row and an optional cost in the second column,
 * normalised and checked exactly as {@code inv restock} does (format and check digit, repeated
 * within the file, already in stock in the product family; a sold or written-off unit is taken
 * back, as a trade-in).
 */
final class UnitImport extends KindImport {

    /** What a first cell of a header row says, compared by {@link #headerKey}. */
    private static final Set<String> HEADER_NAMES = Set.of("imei", "imei1", "imeinumber", "serial", "serialno",
            "serialnumber", "sn", "identifier", "id", "unit", "units", "device", "esn", "meid", "barcode");

    /** The statuses of units the shop holds: importing one of them again is a duplicate. */
    private static final List<String> HELD = Arrays.stream(UnitStatus.values()).filter(UnitStatus::isHeld)
            .map(UnitStatus::label).toList();

    private final UnitsRequest req;
    private ProductRow product;
    private SupplierRow supplier;
    private List<String> variants = List.of();

    // what the checks found and the write did
    private long clean;
    private long reReceived;
    private long totalCost;
    private String receipt;

    UnitImport(Session session, UnitsRequest req) {
        super(session);
        this.req = req;
    }

    @Override
    String kind() {
        return "units";
    }

    @Override
    boolean dryRun() {
        return req.dryRun();
    }

    @Override
    void resolve(Connection c) throws SQLException {
        ProductRepository products = new ProductRepository(c);
        product = products.findBySku(req.sku()).orElse(null);
        supplier = new SupplierRepository(c).findByCode(req.supplier()).orElse(null);
        if (product != null) {
            variants = products.variants(product.id()).stream().map(ProductRow::sku).toList();
        }
    }

    /**
     * The same content imported as units before, or the same ref imported into the same product
     * family: a delivery note covering several models is imported once per model, each with its
     * own --sku and the delivery's ref, and those are not repeats of one another.
     */
    @Override
    Optional<Match> findEarlier(Connection c, String contentHash) throws SQLException {
        ImportRepository imports = new ImportRepository(c);
        Optional<Match> byContent = imports.findByContent(kind(), contentHash).map(r -> Match.of(r, "content"));
        if (byContent.isPresent() || req.ref() == null || product == null) {
            return byContent;
        }
        return imports.findByRefInFamily(kind(), req.ref(), product.familyId()).map(r -> Match.of(r, "ref"));
    }

    @Override
    void checkCommandLine(Problems problems) {
        if (product == null) {
            problems.notFound("no product with SKU '" + req.sku() + "'");
        }
        if (supplier == null) {
            problems.notFound("no supplier with code '" + req.supplier() + "'");
        }
        if (product == null) {
            return;
        }
        if (!product.serialized()) {
            problems.refused(product.sku() + " is tracked by quantity, not by unit: import its stock with"
                    + " inv import stock FILE --supplier CODE (rows of sku,qty,cost)");
        }
        if (!variants.isEmpty()) {
            problems.refused(product.sku() + " has variants; import the units into one of them: "
                    + String.join(", ", variants));
        }
    }

    @Override
    void createTables(Connection c) throws SQLException {
        UnitStaging.create(c);
    }

    @Override
    void dropTables(Connection c) throws SQLException {
        UnitStaging.drop(c);
    }

    @Override
    void stage(Connection c, CsvFile file, RejectLog rejects, Progress progress) throws SQLException, IOException {
        IdentifierFormat format = IdentifierFormat.parse(product.identifierFormat());
        CsvDialect dialect = file.dialect();
        int digits = session.digits();
        try (CsvRows rows = file.rows(); UnitStaging staging = new UnitStaging(c)) {
            CsvRow row = rows.next();
            if (row != null && isHeader(row, dialect, digits)) {
                row = rows.next();
            }
            for (; row != null; row = rows.next()) {
                counted(row.line(), progress);
                String raw = row.cell(0);
                String identifier = null;
                String problem = null;
                String value = raw;
                try {
                    identifier = format.normalize(raw);
                } catch (InvalidIdentifierException e) {
                    problem = e.getMessage();
                }
                Long cost = null;
                int width = row.width();
                if (width > 2) {
                    if (problem == null) {
                        problem = tooManyColumns(row, dialect);
                        value = String.join(String.valueOf(dialect.delimiter()), row.cells().subList(0, width));
                    }
                } else if (width == 2) {
                    String text = row.cell(1);
                    try {
                        cost = dialect.amount(text, digits).minor();
                    } catch (AmountFormatException e) {
                        if (problem == null) {
                            problem = "cost: " + e.getMessage();
                            value = text;
                        }
                    }
                }
                if (identifier != null) {
                    // staged even with a bad cost: it still counts as the first of a repeat
                    staging.add(row.line(), identifier, cost, problem == null);
                }
                if (problem != null) {
                    rejects.add(row.line(), value, problem);
                }
            }
            staging.finishLoading();
        }
    }

    /**
     * Whether the first row is a header: its first cell names a column (IMEI, Serial #, the
     * product's own identifier label), or holds no digit while the second cell is no amount
     * ("Device,Price"). A data row's second cell is an amount or empty; an identifier without any
     * digit and without a cost on the first row is the one case taken for a header.
     */
    private boolean isHeader(CsvRow row, CsvDialect dialect, int digits) {
        String first = row.cell(0);
        String key = headerKey(first);
        if (HEADER_NAMES.contains(key)
                || (product.identifierLabel() != null && key.equals(headerKey(product.identifierLabel())))) {
            return true;
        }
        if (hasDigit(first)) {
            return false;
        }
        String second = row.cell(1);
        if (second.isEmpty()) {
            return true;
        }
        try {
            dialect.amount(second, digits);
            return false;
        } catch (AmountFormatException e) {
            return true;
        }
    }

    private static String tooManyColumns(CsvRow row, CsvDialect dialect) {
        String extra = row.cells().subList(2, row.width()).stream().map(s -> "'" + Identifiers.shorten(s.strip()) + "'")
                .collect(Collectors.joining(", "));
        String hint = dialect.delimiter() == ',' ? "; a cost with a decimal comma must be quoted (\"412,37\")" : "";
        return "too many columns: " + row.width() + " where a row holds an identifier and a cost; extra "
                + extra + hint;
    }

    @Override
    void check(Connection c, RejectLog rejects) throws SQLException {
        UnitStaging staging = new UnitStaging(c);
        String label = label();
        long[] repeats = {0};
        staging.forEachRepeat(r -> {
            rejects.add(r.line(), r.identifier(), label + " " + r.identifier() + " repeats line " + r.firstLine());
            repeats[0]++;
        });
        rejects.flush();
        if (repeats[0] > 0) {
            staging.excludeRejected();
        }
        boolean familyHasUnits = product.uniqueIdentifiers() && staging.familyHasUnits(product.familyId());
        if (familyHasUnits) {
            staging.forEachHeld(product.familyId(), HELD, h -> rejects.add(h.line(), h.identifier(),
                    label + " " + h.identifier() + " is already in stock (" + h.sku() + ", " + h.status() + ")"));
            rejects.flush();
        }
        clean = staging.cleanCount();
        totalCost = staging.totalCost();
        if (familyHasUnits && rejects.count() == 0) {
            // what is left of the family's matches are sold or written-off units, taken back
            reReceived = staging.linkExistingUnits(product.familyId());
        }
    }

    @Override
    void write(Connection c, String contentHash, String at) throws SQLException {
        String actor = session.actor();
        Receipt r = new ReceiptRepository(c).insert(product.id(), supplier.id(), req.ref(), at, actor, "import",
                contentHash);
        receipt = r.number();
        UnitStaging staging = new UnitStaging(c);
        String available = UnitStatus.AVAILABLE.label();
        String detail = "imported from " + supplier.code();
        if (reReceived > 0) {
            staging.reReceive(product.id(), supplier.id(), r.id(), r.number(), available, detail, at, actor);
        }
        Long uniqueFamily = product.uniqueIdentifiers() ? product.familyId() : null;
        staging.insertNewUnits(product.id(), uniqueFamily, supplier.id(), r.id(), r.number(), available, detail,
                at, actor);
        new ImportRepository(c).insert(kind(), contentHash, req.ref(), r.id(), clean, at, actor);
    }

    private String label() {
        return product.identifierLabel() != null ? product.identifierLabel() : "identifier";
    }

    @Override
    Summary summary(String file, Match duplicateOf, long rows, long errors, String at) {
        boolean counted = duplicateOf == null && errors == 0;
        return new Summary(kind(), file, req.sku(), req.supplier(), req.ref(), req.dryRun(), duplicateOf, rows,
                errors, receipt, counted ? clean : 0, counted ? reReceived : 0, 0,
                counted ? session.money(totalCost) : null, 0, 0, 0, at);
    }
}
