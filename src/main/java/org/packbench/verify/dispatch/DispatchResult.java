package org.packbench.verify.dispatch;

import java.util.Optional;
import org.packbench.i18n.Message;

/** The verdict on one scan, the reason in words, and the label it matched. */
public record DispatchResult(Verdict verdict, Message reason, Optional<DispatchLabel> label) {
    public boolean ok() {
        return verdict == Verdict.OK;
    }
}
