package org.packbench.verify.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.Message;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marketplace.vk.DacRepository;

/**
 * Scan-to-verify at dispatch: the scanned code is matched to the label log and judged; each
 * verdict is recorded with the time and the bench. The order of the checks is the order of
 * the damage: an unknown label first, then a QR whose fields disagree with the label it names
 * (forged or copied from another parcel), then a dead label, the wrong lane, an expired DAC, and
 * last a second scan of a parcel already on its way.
 */
public final class DispatchCheck {
    private final DispatchRecords records;
    private final DacRepository dacs;
    private final Clock clock;

    public DispatchCheck(DispatchRecords records, DacRepository dacs, Clock clock) {
        this.records = records;
        this.dacs = dacs;
        this.clock = clock;
    }

    /** Whether {@code data} is a code dispatch can look up; tells a scanner's layout mix-up from a real code. */
    public static boolean readable(String data) {
        if (ScannedCode.read(data).kind() != ScannedCode.Kind.GARBLED) {
            return true;
        }
        try {
            // GS1 data without an SSCC (a product's (01)…(17)…) is a real code too, just not one dispatch looks up.
            org.packbench.gs1.Gs1Parser.parseScanDataPart(data);
            return true;
        } catch (org.packbench.i18n.ProblemException e) {
            return false;
        }
    }

    public DispatchResult scan(String data, Optional<Marketplace> lane, String bench) {
        ScannedCode code = ScannedCode.read(data);
        Optional<DispatchLabel> label =
                switch (code.kind()) {
                    case LABEL_ID -> records.byLabelId(Long.parseLong(code.key()));
                    case SSCC -> records.bySscc(code.key());
                    case TRACKING -> records.byTracking(code.key());
                    case GARBLED -> Optional.empty();
                };
        DispatchResult result = judge(code, label, lane);
        records.recordScan(
                bench,
                lane.map(Marketplace::code).orElse(""),
                data == null ? "" : data.strip(),
                result.verdict(),
                label.map(DispatchLabel::id));
        return result;
    }

    private DispatchResult judge(ScannedCode code, Optional<DispatchLabel> found, Optional<Marketplace> lane) {
        if (found.isEmpty()) {
            String key = code.kind() == ScannedCode.Kind.GARBLED ? "dispatch.garbled" : "dispatch.unknown";
            return new DispatchResult(Verdict.UNKNOWN, Message.of(key, code.key()), found);
        }
        DispatchLabel l = found.get();
        String id = org.packbench.marketplace.LabelValues.labelId(l.id());
        if (code.payload().isPresent()) {
            java.util.List<PayloadDifference> differences =
                    PayloadDifference.between(code.payload().get(), l);
            if (!differences.isEmpty()) {
                return new DispatchResult(
                        Verdict.PAYLOAD_MISMATCH,
                        Message.of("dispatch.payloadMismatch", id, PayloadDifference.describeAll(differences)),
                        found);
            }
        }
        if (!"issued".equals(l.status())) {
            return new DispatchResult(Verdict.VOIDED, Message.of("dispatch.voided", id, l.status()), found);
        }
        if (l.superseded()) {
            return new DispatchResult(Verdict.SUPERSEDED, Message.of("dispatch.superseded", id, l.order()), found);
        }
        if (lane.isPresent() && !lane.get().code().equals(l.marketplace())) {
            return new DispatchResult(
                    Verdict.WRONG_MARKETPLACE,
                    Message.of(
                            "dispatch.wrongLane",
                            id,
                            l.marketplace(),
                            lane.get().code()),
                    found);
        }
        if (!l.dac().isEmpty()) {
            Optional<Dac> dac = dacs.find(l.dac());
            LocalDate today = LocalDate.now(clock);
            if (dac.isEmpty() || !dac.get().usableOn(today)) {
                return new DispatchResult(
                        Verdict.DAC_EXPIRED,
                        Message.of(
                                "dispatch.dacExpired",
                                id,
                                l.dac(),
                                dac.map(d -> d.lastValidDay().toString()).orElse("?")),
                        found);
            }
        }
        if (l.dispatched()) {
            return new DispatchResult(Verdict.ALREADY_DISPATCHED, Message.of("dispatch.again", id, l.order()), found);
        }
        return new DispatchResult(Verdict.OK, Message.of("dispatch.ok", id, l.order(), l.tracking()), found);
    }
}
