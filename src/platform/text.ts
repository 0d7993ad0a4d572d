/** NFC-normalise text on the way in (STYLE.md: "Text is NFC-normalised on the way in"). */
export function nfc(text: string): string {
  return text.normalize('NFC').trim();
}
