package org.packbench.verify.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import org.packbench.label.symbol.Code128;

/**
 * The data a symbol transmits, as ISO/IEC 15417 defines it, from what ZXing reports. Every
 * decoder of the app (readback, the PDF audit, the Ozon conversion) takes its text from here, so
 * they cannot disagree about what a symbol says.
 *
 * <p>ZXing's Code 128 reader (3.5.x) interprets the symbol check character like any other symbol
 * character and takes it off again only when it printed a character. When the check character
 * is 102, the value of FNC1, and FNC1 is being turned into GS (the ASSUME_GS1 hint), it leaves
 * a GS at the end of the text: {@code ]C100046071230000001271<GS>} for SSCC
 * 046071230000001271. The check character is never data (ISO/IEC 15417, 4.4.1; not transmitted),
 * so one symbol in 103 would otherwise read as something it does not encode. zbar and ZXing-cpp
 * read the same symbols right.
 */
public final class TransmittedData {
    private static final char GS = '\u001D';

    private TransmittedData() {}

    /**
     * @param r        what ZXing read
     * @param fnc1AsGs whether the reader was asked to turn FNC1 into GS: the ASSUME_GS1 hint was
     *                 present (ZXing looks at the key only, not its value); only then can the check
     *                 character leave a GS behind, and only then is a final GS of a symbol with
     *                 check character 102 not data
     */
    public static String of(Result r, boolean fnc1AsGs) {
        String text = r.getText();
        if (r.getBarcodeFormat() != BarcodeFormat.CODE_128
                || !fnc1AsGs
                || text.isEmpty()
                || text.charAt(text.length() - 1) != GS) {
            return text;
        }
        return checkCharacter(r.getRawBytes()) == Code128.FNC1_VALUE ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The symbol check character among ZXing's raw Code 128 values (start, data, check, stop), or
     * -1 when they are missing or do not add up: then nothing is taken off, and the text stays
     * what ZXing read.
     */
    static int checkCharacter(byte[] raw) {
        if (raw == null || raw.length < 3) {
            return -1;
        }
        java.util.List<Integer> values = new java.util.ArrayList<>();
        for (int i = 0; i < raw.length - 2; i++) {
            values.add(raw[i] & 0xFF);
        }
        int check = raw[raw.length - 2] & 0xFF;
        return Code128.checkValue(values) == check ? check : -1;
    }
}
