package org.packbench.connect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.packbench.marketplace.ozon.Posting;

/**
 * The Ozon stand-in as a process of its own, for the acceptance walks that drive the real window
 * (docs/acceptance/ozon-posting-xdotool.sh): it writes its base URL to a file, holds the postings
 * named on its command line, and on stop prints how many ship calls took effect for each.
 *
 * <p>Arguments: CLIENT_ID API_KEY URL_FILE POSTING=SKU:OFFER:QTY[,SKU:OFFER:QTY…] …
 */
public final class OzonStandInMain {
    private OzonStandInMain() {}

    public static void main(String[] args) throws Exception {
        OzonStandIn ozon = new OzonStandIn(args[0], args[1]);
        List<String> numbers = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] posting = args[i].split("=", 2);
            List<Posting.Product> products = new ArrayList<>();
            for (String p : posting[1].split(",")) {
                // PRODUCT_ID:OFFER_ID:QUANTITY, and a trailing ! when Ozon wants a Честный ЗНАК code per unit.
                boolean marked = p.endsWith("!");
                String[] f = (marked ? p.substring(0, p.length() - 1) : p).split(":");
                products.add(new Posting.Product(Long.parseLong(f[0]), f[1], f[1], Integer.parseInt(f[2])));
                if (marked) {
                    ozon.needsMarks(Long.parseLong(f[0]));
                }
            }
            Instant now = Instant.now();
            ozon.add(posting[0], now.minusSeconds(120), now.plus(Duration.ofDays(1)), products);
            numbers.add(posting[0]);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (String n : numbers) {
                System.out.println(n + " shipped " + ozon.shipped(n) + " status "
                        + ozon.posting(n).map(Posting::status).orElse("?") + " labels "
                        + ozon.requests(OzonStandIn.LABEL) + " codes "
                        + ozon.codes(n).size() + " sets "
                        + ozon.sets(n));
            }
            System.out.flush();
            ozon.close();
        }));
        Files.writeString(Path.of(args[2]), ozon.baseUrl());
        Thread.currentThread().join();
    }
}
