import dev.inv.core.Identifiers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N valid, distinct IMEIs in random order, each with a cost, as a CSV with a header:
 * {@code java GenerateImeis.java FILE N [SEED]}. The IMEIs share one 8-digit type allocation
 * code and take N distinct 6-digit serial numbers (so N is at most 1,000,000), shuffled, each
 * followed by its Luhn check digit.
 */
public final class GenerateImeis {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        if (n < 1 || n > 1_000_000) {
            throw new IllegalArgumentException("N must be 1..1000000");
        }
        Random random = new Random(seed);
        int[] serials = new int[1_000_000];
        for (int i = 0; i < serials.length; i++) {
            serials[i] = i;
        }
        for (int i = serials.length - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            int t = serials[i];
            serials[i] = serials[j];
            serials[j] = t;
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("imei,cost\n");
            for (int i = 0; i < n; i++) {
                String body = "35693803" + String.format("%06d", serials[i]);
                int cents = 10_000 + random.nextInt(90_000);
                w.write(body + Identifiers.luhnCheckDigit(body) + "," + cents / 100 + "." + String.format("%02d", cents % 100) + "\n");
            }
        }
    }
}
