package dev.personaltokens.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads a QR code off a picture of the screen, as a phone would: Debian's zbarimg (zbar-tools). */
final class QrScanner {

  private QrScanner() {}

  /** The text of the one QR code in {@code image}. */
  static String scan(Path image) {
    Path zbarimg = DebianPackage.binary("zbar-tools", "/usr/bin/zbarimg");
    try {
      Process process =
          new ProcessBuilder(zbarimg.toString(), "--quiet", "--raw", image.toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("zbarimg found no QR code in " + image);
      }
      return text.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
