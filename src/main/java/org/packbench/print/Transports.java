package org.packbench.print;

/** Opens the transport a printer profile names. */
public class Transports {

    /** A transport for {@code profile}; nothing is connected until the first status or send. */
    public Transport open(PrinterProfile profile) {
        TransportUri uri = profile.transport();
        if (uri instanceof TransportUri.Tcp tcp) {
            return new TcpTransport(tcp.host(), tcp.port(), profile.language());
        }
        if (uri instanceof TransportUri.Spooler spooler) {
            // ZPL and TSPL go to a raw queue untouched; a PDF profile prints through the queue's driver.
            return new SpoolerTransport(spooler.queue(), profile.language() != PrinterLanguage.PDF);
        }
        TransportUri.Serial serial = (TransportUri.Serial) uri;
        return new SerialTransport(serial.device(), serial.baud());
    }
}
