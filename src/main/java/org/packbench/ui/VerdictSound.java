package org.packbench.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.packbench.verify.dispatch.Verdict;

/**
 * A distinct sound for each dispatch verdict, so the packer knows without looking: a short high
 * double beep for OK, a long low buzz for anything that stops the parcel, each refusal at its
 * own pitch. Tones are made here (no sound files, no media module); a bench without audio plays
 * nothing and loses nothing.
 */
public final class VerdictSound {
    private static final float RATE = 22_050f;
    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "packbench-sound");
        t.setDaemon(true);
        return t;
    });

    /** The tones of a verdict: pairs of frequency (Hz) and duration (ms); 0 Hz is silence. */
    static int[] tones(Verdict v) {
        return switch (v) {
            case OK -> new int[] {1760, 90, 0, 60, 1760, 90};
            case ALREADY_DISPATCHED -> new int[] {660, 450};
            case VOIDED -> new int[] {330, 700};
            case SUPERSEDED -> new int[] {392, 250, 0, 80, 392, 250};
            case UNKNOWN -> new int[] {220, 700};
            case DAC_EXPIRED -> new int[] {294, 250, 0, 80, 294, 250, 0, 80, 294, 250};
            case WRONG_MARKETPLACE -> new int[] {523, 200, 262, 400};
            case PAYLOAD_MISMATCH -> new int[] {196, 300, 0, 80, 196, 300, 0, 80, 196, 600};
        };
    }

    public void play(Verdict v) {
        player.execute(() -> {
            try (SourceDataLine line = AudioSystem.getSourceDataLine(new AudioFormat(RATE, 8, 1, true, false))) {
                line.open();
                line.start();
                byte[] pcm = pcm(tones(v));
                line.write(pcm, 0, pcm.length);
                line.drain();
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                // No sound device on this bench: the screen still shows the verdict in full.
            }
        });
    }

    static byte[] pcm(int[] tones) {
        int total = 0;
        for (int i = 1; i < tones.length; i += 2) {
            total += (int) (RATE * tones[i] / 1000);
        }
        byte[] out = new byte[total];
        int at = 0;
        for (int i = 0; i < tones.length; i += 2) {
            int n = (int) (RATE * tones[i + 1] / 1000);
            for (int k = 0; k < n; k++) {
                double wave = tones[i] == 0 ? 0 : Math.sin(2 * Math.PI * tones[i] * k / RATE);
                out[at++] = (byte) (wave * 90);
            }
        }
        return out;
    }
}
