package org.packbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.Message;
import org.packbench.verify.dispatch.DispatchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify scan DATA}: the dispatch verdict for one scanned code, logged with time and bench. Exit 0 only for OK. */
@Command(name = "scan", description = "Dispatch check: match a scanned QR, SSCC or tracking number to the label log.")
final class VerifyScan extends CommandBase implements Callable<Integer> {
    @Parameters(paramLabel = "DATA")
    String data;

    @Option(names = "--lane", paramLabel = "vk|ozon", description = "The marketplace this dispatch lane ships for.")
    String lane;

    @Option(
            names = "--bench",
            defaultValue = "${env:PACKBENCH_BENCH:-bench-1}",
            description = "This bench's id, logged with the scan.")
    String bench;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        Optional<Marketplace> laneMarket = Optional.empty();
        if (lane != null) {
            laneMarket = Marketplace.parse(lane);
            if (laneMarket.isEmpty()) {
                err().println("error: " + Message.of("field.marketplace").in(locale()));
                return 2;
            }
        }
        DispatchResult r =
                workbench().dispatch().scan(workbench().config().scanInput().read(data), laneMarket, bench);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("verdict", r.verdict().code());
            m.put("reason", r.reason().in(locale()));
            m.put(
                    "label_id",
                    r.label()
                            .map(l -> org.packbench.marketplace.LabelValues.labelId(l.id()))
                            .orElse(null));
            m.put("order", r.label().map(l -> l.order()).orElse(null));
            m.put("tracking", r.label().map(l -> l.tracking()).orElse(null));
            out().println(Json.write(m));
        } else {
            out().println(r.verdict().code().toUpperCase(java.util.Locale.ROOT) + ": "
                    + r.reason().in(locale()));
        }
        return r.ok() ? 0 : 1;
    }
}
