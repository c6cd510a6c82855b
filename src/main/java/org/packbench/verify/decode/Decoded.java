package org.packbench.verify.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.util.Optional;

/**
 * One symbol read: what the reader reported, and the data the symbol transmits as a scanner
 * sends it ({@link TransmittedData}): GS1-128 with its ]C1 and GS separators.
 *
 * @param result what ZXing reported, for where the symbol lies (result points) and its raw bytes
 * @param text   the transmitted data
 */
public record Decoded(Result result, String text) {
    public BarcodeFormat format() {
        return result.getBarcodeFormat();
    }

    /**
     * The symbology identifier the reader reported (]C1 for GS1-128, ]d2 for GS1 DataMatrix, ]Q3
     * for GS1 QR …), which a scanner sends before the data when asked to: the way to tell GS1
     * data from plain data in 2D symbols, whose text carries no prefix.
     */
    public Optional<String> symbologyIdentifier() {
        Object id = result.getResultMetadata() == null
                ? null
                : result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        return Optional.ofNullable(id).map(Object::toString);
    }
}
