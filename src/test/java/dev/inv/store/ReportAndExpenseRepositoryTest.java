package dev.inv.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inv.core.InvException;
import dev.inv.store.ReportRepository.HeldUnits;
import dev.inv.store.ReportRepository.LayerStock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ReportRepository's grouping and ExpenseRepository's numbering, on a real temporary SQLite file. */
class ReportAndExpenseRepositoryTest {

    static final String AT = "2026-01-01T00:00:00Z";

    @TempDir
    Path dir;

    @Test
    void unitsAreGroupedPerProductAndStatusWithUncostedCounted() {
        try (Database db = Database.open(dir.resolve("inv.db"))) {
            long[] ids = db.inWriteTransaction(c -> {
                ProductRepository products = new ProductRepository(c);
                long phone = products.insert(new ProductRow(0, "P", "Phone", "serialized", "IMEI", "any", true, null,
                        null, null, null, AT));
                long tablet = products.insert(new ProductRow(0, "T", "Tablet", "serialized", "Serial #", "any", true,
                        null, null, null, null, AT));
                ReceiptRepository.Receipt r = new ReceiptRepository(c).insert(phone, null, null, AT, "t", "cli", null);
                UnitRepository units = new UnitRepository(c);
                units.insert(phone, "A", phone, 40000L, "available", null, r.id(), AT);
                units.insert(phone, "B", phone, null, "available", null, r.id(), AT);
                units.insert(phone, "C", phone, 45000L, "defect", null, r.id(), AT);
                units.insert(phone, "D", phone, 99900L, "sold", null, r.id(), AT);
                units.insert(tablet, "E", tablet, 30000L, "with_supplier", null, r.id(), AT);
                units.insert(tablet, "F", tablet, 10000L, "written_off", null, r.id(), AT);
                return new long[] {phone, tablet};
            });
            List<HeldUnits> held = db.read(c -> new ReportRepository(c)
                    .unitsByStatus(List.of("available", "returned", "defect", "with_supplier")));
            assertThat(held).containsExactly(
                    new HeldUnits(ids[0], "available", 2, 40000, 1),
                    new HeldUnits(ids[0], "defect", 1, 45000, 0),
                    new HeldUnits(ids[1], "with_supplier", 1, 30000, 0));
            assertThat(db.<List<HeldUnits>>read(c -> new ReportRepository(c).unitsByStatus(List.of("sold"))))
                    .containsExactly(new HeldUnits(ids[0], "sold", 1, 99900, 0));
            assertThat(db.<List<HeldUnits>>read(c -> new ReportRepository(c).unitsByStatus(List.of()))).isEmpty();
        }
    }

    @Test
    void openLayersLeaveOutEmptyOnesOldestFirst() {
        try (Database db = Database.open(dir.resolve("inv.db"))) {
            long product = db.inWriteTransaction(c -> {
                long p = new ProductRepository(c).insert(new ProductRow(0, "C", "Cable", "quantity", null, "any", true,
                        null, null, null, null, AT));
                CostLayerRepository layers = new CostLayerRepository(c);
                long empty = layers.insert(p, null, "receipt", 5, 100, AT);
                layers.insert(p, null, "receipt", 10, 1000, AT);
                layers.insert(p, null, "opening", 3, 2000, AT);
                layers.setRemaining(empty, 0);
                return p;
            });
            assertThat(db.<List<LayerStock>>read(c -> new ReportRepository(c).openLayers())).containsExactly(
                    new LayerStock(product, 10, 1000), new LayerStock(product, 3, 2000));
        }
    }

    @Test
    void expensesAreNumberedWithoutGapsAndLinkToAUnit() {
        try (Database db = Database.open(dir.resolve("inv.db"))) {
            String first = db.inWriteTransaction(c -> new ExpenseRepository(c)
                    .insert(4500, "repair", "new screen", null, AT, "t").number());
            assertThatThrownBy(() -> db.inWriteTransaction(c -> {
                new ExpenseRepository(c).insert(100, null, null, null, AT, "t");
                throw InvException.refused("no");
            })).isInstanceOf(InvException.class);
            ExpenseRepository.Expense second = db.inWriteTransaction(c -> new ExpenseRepository(c)
                    .insert(0, null, null, null, AT, "t"));
            assertThat(first).isEqualTo("EXP-000001");
            assertThat(second.number()).isEqualTo("EXP-000002");
            assertThat(second.id()).isEqualTo(2);
            // unit_id is a foreign key: an expense cannot name a unit that does not exist
            assertThatThrownBy(() -> db.inWriteTransaction(c -> new ExpenseRepository(c)
                    .insert(1, null, null, 999L, AT, "t"))).isInstanceOf(RuntimeException.class);
            assertThat(db.<Long>read(c -> Jdbc.count(c, "SELECT count(*) FROM expenses"))).isEqualTo(2);
        }
    }
}
