package dev.inv.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hot queries stay on their indexes (EXPLAIN QUERY PLAN, with statistics that look like a
 * shop of a million units): no full scan of units, events, lines or layers, no sort of a product's
 * units before --limit.
 */
class QueryPlanTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("plan.db"));
        // tell the planner the tables are big, as ANALYZE on a large shop would
        db.inWriteTransaction(c -> {
            Jdbc.update(c, "ANALYZE");
            Jdbc.update(c, "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES"
                    + " ('serialized_items', 'serialized_items_identifier', '1000000 1'),"
                    + " ('serialized_items', 'serialized_items_product_status', '1000000 100000 20000'),"
                    + " ('serialized_items', 'serialized_items_status', '1000000 200000'),"
                    + " ('unit_events', 'unit_events_unit', '2000000 2 1'),"
                    + " ('invoice_lines', 'invoice_lines_unit', '100000 1'),"
                    + " ('cost_layers', 'cost_layers_open', '50000 100 50 1')");
            return null;
        });
        db.close();
        db = Database.open(dir.resolve("plan.db"));
    }

    @Test
    void unitByIdentifier() {
        assertThat(plan(UnitRepository.BY_IDENTIFIER, "X")).contains("USING INDEX serialized_items_identifier")
                .doesNotContain("SCAN u");
    }

    @Test
    void aUnitsHistory() {
        assertThat(plan(UnitEventRepository.FOR_UNIT, 1L)).contains("USING INDEX unit_events_unit")
                .doesNotContain("SCAN unit_events").doesNotContain("TEMP B-TREE");
    }

    @Test
    void theSaleLineOfAUnit() {
        assertThat(plan(InvoiceRepository.LAST_LINE_FOR_UNIT, 1L)).contains("USING INDEX invoice_lines_unit")
                .doesNotContain("SCAN l");
    }

    @Test
    void aProductsOpenLayers() {
        assertThat(plan(CostLayerRepository.OPEN, 1L)).contains("USING INDEX cost_layers_open")
                .doesNotContain("SCAN cost_layers");
    }

    @Test
    void theTrackingPageOfOneProductAndStatusStreamsWithoutSorting() {
        List<Object> params = new ArrayList<>();
        String sql = TrackRepository.sql(new TrackRepository.Filter(List.of(3L), List.of("available"), null, 50L, 0L),
                params);
        assertThat(plan(sql, params.toArray())).contains("USING INDEX serialized_items_product_status")
                .doesNotContain("SCAN u").doesNotContain("TEMP B-TREE");
    }

    private String plan(String sql, Object... params) {
        return db.read(c -> explain(c, sql, params));
    }

    private static String explain(Connection c, String sql, Object... params) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString("detail")).append('\n');
                }
            }
        }
        return out.toString();
    }
}
