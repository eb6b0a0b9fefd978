package gov.trade.negotiation.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a free port of its own, which can be stopped and started again on that same
 * port, as a mail server that goes down and comes back.
 */
public final class MailServer {

    private final int port = freePort();
    private GreenMail greenMail;

    public int port() {
        return port;
    }

    public synchronized MailServer start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return this;
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    public synchronized void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean waitFor(int count, long millis) {
        return greenMail.waitForIncomingEmail(millis, count);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
