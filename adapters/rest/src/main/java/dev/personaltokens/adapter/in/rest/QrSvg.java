package dev.personaltokens.adapter.in.rest;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG image, encoded by qrcodegen and drawn here from its modules (the library
 * leaves drawing to its users): one path of unit squares on a white ground with the four-module
 * quiet zone scanners need. Only presentation attributes, no style and no script, so that the
 * console's Content-Security-Policy lets it be shown inline.
 */
final class QrSvg {

  /** The quiet zone around the code, in modules, as the QR standard asks. */
  static final int BORDER = 4;

  private QrSvg() {}

  /** {@code text} as a QR code; medium error correction, which phones read well off a screen. */
  static String of(String text) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + 2 * BORDER;
    StringBuilder squares = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          squares
              .append(squares.isEmpty() ? "M" : " M")
              .append(x + BORDER)
              .append(',')
              .append(y + BORDER)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>"
        + "<path d=\""
        + squares
        + "\" fill=\"#000000\"/></svg>";
  }
}
