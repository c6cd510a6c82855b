package org.packbench.gs1;

/**
 * Unbracketed data with GS as its only separator, plus where each character stood in what the
 * user gave us, so that positions in messages survive the replacement of a GS stand-in.
 */
record SourceText(String text, int[] positions, int endPosition) {
    static final char GS = '\u001D';

    /**
     * Takes {@code input} from index {@code from}, turning each {@code standIn} (if not null) into GS.
     * A raw GS is kept too: some scanners pass it through even when a stand-in is configured.
     */
    static SourceText of(String input, int from, String standIn) {
        StringBuilder text = new StringBuilder();
        int[] positions = new int[input.length() - from];
        int i = from;
        while (i < input.length()) {
            positions[text.length()] = i + 1;
            if (standIn != null && input.startsWith(standIn, i)) {
                text.append(GS);
                i += standIn.length();
            } else {
                text.append(input.charAt(i));
                i++;
            }
        }
        int[] used = new int[text.length()];
        System.arraycopy(positions, 0, used, 0, used.length);
        return new SourceText(text.toString(), used, input.length() + 1);
    }

    int positionOf(int index) {
        return index < positions.length ? positions[index] : endPosition;
    }
}
