package app.guidepost.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Requests the JDK's client will not send as written: a Host header of the sender's choosing, a
 * Content-Length with no body behind it. Written to the socket as typed; the answer is read
 * until the server closes the connection or has sent {@code Content-Length} bytes.
 */
final class RawHttp {

  private RawHttp() {}

  /** What the server sent next; a reset connection ends the answer like a closed one. */
  private static int readOrEnd(InputStream in, byte[] buffer) throws IOException {
    try {
      return in.read(buffer);
    } catch (java.net.SocketException reset) {
      return -1;
    }
  }

  /** The status line and the rest of the answer, as text; status -1 when the server closed the connection without one. */
  record Answer(int status, String text) {}

  static Answer send(URL base, String head, byte[] body) {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        if (body.length > 0) {
          out.write(body);
        }
        out.flush();
      } catch (IOException refused) {
        // The server may answer and close before it has read all that was sent: read what it said.
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = readOrEnd(in, buffer)) > 0) {
        read.write(buffer, 0, n);
        String text = read.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
        if (end > 0 && length.find() && length.start() < end && read.size() >= end + 4 + Integer.parseInt(length.group(1))) {
          break;
        }
        if (end > 0 && text.endsWith("\r\n0\r\n\r\n")) {
          break;
        }
      }
      String text = read.toString(StandardCharsets.UTF_8);
      return text.length() >= 12 ? new Answer(Integer.parseInt(text.substring(9, 12)), text) : new Answer(-1, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
