import dev.inv.core.UnitStatus;
import dev.inv.service.InvoiceService;
import dev.inv.service.ReportService;
import dev.inv.service.ReturnService;
import dev.inv.service.SaleService;
import dev.inv.service.Session;
import dev.inv.service.TimelineService;
import dev.inv.service.TrackService;
import dev.inv.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The hot queries inside one process on a big inventory (bench/startup.sh builds it): median and
 * 90th percentile of each, after warm-up. Run: java -cp target/inv.jar bench/QueryBench.java DB
 */
public class QueryBench {

    static final int RUNS = 200;

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        try (Database database = Database.open(db)) {
            Session s = new Session(database, "bench", Clock.systemUTC());
            // units 1..100000 are sold, the rest available; identifiers are '35' + 13 digits
            time("track --unit (timeline)", i -> new TimelineService(s).timeline(id(500_000 + i), null));
            time("invoice show", i -> new InvoiceService(s).show(String.valueOf(1 + i * 37)));
            time("return IDENTIFIER (writes)", i -> new ReturnService(s).returnUnit(id(1 + i * 53), null, null, null));
            time("track PHONE-03 --status available --limit 50", i -> new TrackService(s).track(
                    new TrackService.Query("PHONE-03", List.of(UnitStatus.AVAILABLE), null, 50L, (long) (i % 10) * 50),
                    l -> { }));
            int[] next = {900_000};
            time("sell --item IDENTIFIER (writes)", i -> new SaleService(s).sell(new SaleService.Request(
                    List.of(new SaleService.Item(id(next[0]++), null, null)), null, null), null));
            timeFew("report valuation", 5, i -> new ReportService(s).valuation());
            timeFew("report cogs --from 2026-06-01 --to 2026-06-30", 5, i -> new ReportService(s).cogs(
                    java.time.LocalDate.parse("2026-06-01"), java.time.LocalDate.parse("2026-06-30")));
            timeFew("report cogs (all time, 100,000 invoices)", 5, i -> new ReportService(s).cogs(null, null));
        }
    }

    static String id(int n) {
        return String.format("35%013d", n);
    }

    static void time(String name, IntConsumer work) {
        timeFew(name, RUNS, work);
    }

    static void timeFew(String name, int runs, IntConsumer work) {
        for (int i = 0; i < Math.min(runs, 20); i++) {
            work.accept(runs + i); // warm-up
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.accept(i);
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-48s median %8.3f ms   p90 %8.3f ms   (%d runs)%n", name, ns[runs / 2] / 1e6,
                ns[(int) (runs * 0.9)] / 1e6, runs);
    }
}
