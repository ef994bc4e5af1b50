package dev.inv.service;

import dev.inv.core.AmountFormatException;
import dev.inv.core.Identifiers;
import dev.inv.core.Names;
import dev.inv.core.Problems;
import dev.inv.csv.CsvDialect;
import dev.inv.csv.CsvFile;
import dev.inv.csv.CsvRow;
import dev.inv.csv.CsvRows;
import dev.inv.service.ImportService.Match;
import dev.inv.service.ImportService.Progress;
import dev.inv.service.ImportService.StockRequest;
import dev.inv.service.ImportService.Summary;
import dev.inv.store.ImportRepository;
import dev.inv.store.ReceiptRepository;
import dev.inv.store.ReceiptRepository.Receipt;
import dev.inv.store.RejectLog;
import dev.inv.store.StockStaging;
import dev.inv.store.SupplierRepository;
import dev.inv.store.SupplierRow;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@code inv import stock}: a delivery of quantity goods, rows of {@code sku,qty,cost}, posted as
 * one receipt with one FIFO layer per row, in the order of the file.
 */
final class StockImport extends KindImport {

    /** The largest quantity one row may bring: far above any delivery, and safe from overflow. */
    static final long MAX_QTY = 1_000_000_000L;

    private final StockRequest req;
    private SupplierRow supplier;

    private long layers;
    private long qty;
    /** Sum of qty x cost over the rows staged, exact; null once it would overflow. */
    private Long totalCost = 0L;
    private String receipt;

    StockImport(Session session, StockRequest req) {
        super(session);
        this.req = req;
    }

    @Override
    String kind() {
        return "stock";
    }

    @Override
    boolean dryRun() {
        return req.dryRun();
    }

    @Override
    void resolve(Connection c) throws SQLException {
        supplier = new SupplierRepository(c).findByCode(req.supplier()).orElse(null);
    }

    @Override
    Optional<Match> findEarlier(Connection c, String contentHash) throws SQLException {
        ImportRepository imports = new ImportRepository(c);
        Optional<Match> byContent = imports.findByContent(kind(), contentHash).map(r -> Match.of(r, "content"));
        if (byContent.isPresent() || req.ref() == null) {
            return byContent;
        }
        return imports.findByRef(kind(), req.ref()).map(r -> Match.of(r, "ref"));
    }

    @Override
    void checkCommandLine(Problems problems) {
        if (supplier == null) {
            problems.notFound("no supplier with code '" + req.supplier() + "'");
        }
    }

    @Override
    void createTables(Connection c) throws SQLException {
        StockStaging.create(c);
    }

    @Override
    void dropTables(Connection c) throws SQLException {
        StockStaging.drop(c);
    }

    @Override
    void stage(Connection c, CsvFile file, RejectLog rejects, Progress progress) throws SQLException, IOException {
        CsvDialect dialect = file.dialect();
        int digits = session.digits();
        try (CsvRows rows = file.rows(); StockStaging staging = new StockStaging(c)) {
            CsvRow row = rows.next();
            if (row != null && isHeader(row)) {
                row = rows.next();
            }
            for (; row != null; row = rows.next()) {
                counted(row.line(), progress);
                String sku = row.cell(0);
                String qtyText = row.cell(1);
                String costText = row.cell(2);
                String problem = null;
                String value = null;
                Long q = null;
                Long cost = null;
                if (row.width() > 3) {
                    problem = "too many columns: " + row.width() + " where a row holds sku, qty and cost"
                            + (dialect.delimiter() == ',' ? "; a cost with a decimal comma must be quoted (\"2,10\")" : "");
                    value = String.join(String.valueOf(dialect.delimiter()), row.cells().subList(0, row.width()));
                } else if (Names.codeProblem("SKU", sku) != null) {
                    problem = Names.codeProblem("SKU", sku);
                    value = sku;
                } else if ((q = quantity(qtyText)) == null) {
                    problem = qtyText.isEmpty() ? "qty is empty" : "qty '" + Identifiers.shorten(qtyText)
                            + "' is not a whole number from 1 to " + MAX_QTY;
                    value = qtyText;
                } else if (costText.isEmpty()) {
                    problem = "cost is empty; each row needs the cost of one piece";
                    value = costText;
                } else {
                    try {
                        cost = dialect.amount(costText, digits).minor();
                    } catch (AmountFormatException e) {
                        problem = "cost: " + e.getMessage();
                        value = costText;
                    }
                }
                if (problem != null) {
                    rejects.add(row.line(), value, problem);
                    continue;
                }
                staging.add(row.line(), sku, q, cost);
                totalCost = add(totalCost, q, cost);
            }
            staging.finishLoading();
        }
    }

    /** The first row is a header when its first cell says sku, or its qty cell is a word ("Qty"). */
    private static boolean isHeader(CsvRow row) {
        String qtyCell = row.cell(1);
        return headerKey(row.cell(0)).equals("sku") || (hasLetter(qtyCell) && quantity(qtyCell) == null);
    }

    private static Long quantity(String text) {
        if (text.isEmpty() || text.length() > 12 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return null;
        }
        long q = Long.parseLong(text);
        return q >= 1 && q <= MAX_QTY ? q : null;
    }

    private static Long add(Long total, long qty, long cost) {
        if (total == null) {
            return null;
        }
        try {
            return Math.addExact(total, Math.multiplyExact(qty, cost));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Override
    void check(Connection c, RejectLog rejects) throws SQLException {
        StockStaging staging = new StockStaging(c);
        staging.forEachUnfit(u -> rejects.add(u.line(), u.sku(), unfit(u)));
        StockStaging.Totals totals = staging.totals();
        layers = totals.rows();
        qty = totals.qty();
    }

    private static String unfit(StockStaging.Unfit u) {
        if (u.tracking() == null) {
            return "no product with SKU '" + u.sku() + "'";
        }
        if (!"quantity".equals(u.tracking())) {
            return u.sku() + " is serialized: import its units with inv import units FILE --sku " + u.sku()
                    + " --supplier CODE";
        }
        return u.sku() + " has variants; receive the stock into one of them";
    }

    @Override
    void write(Connection c, String contentHash, String at) throws SQLException {
        String actor = session.actor();
        Receipt r = new ReceiptRepository(c).insert(null, supplier.id(), req.ref(), at, actor, "import", contentHash);
        receipt = r.number();
        new StockStaging(c).insertLayers(r.id(), at);
        new ImportRepository(c).insert(kind(), contentHash, req.ref(), r.id(), layers, at, actor);
    }

    @Override
    Summary summary(String file, Match duplicateOf, long rows, long errors, String at) {
        boolean counted = duplicateOf == null && errors == 0;
        return new Summary(kind(), file, null, req.supplier(), req.ref(), req.dryRun(), duplicateOf, rows, errors,
                receipt, counted ? qty : 0, 0, counted ? layers : 0,
                counted && totalCost != null ? session.money(totalCost) : null, 0, 0, 0, at);
    }
}
