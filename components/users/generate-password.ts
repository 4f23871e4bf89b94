// A 16-character password from the browser's CSRNG (~95 bits), easy to read out: no 0/O, 1/l/I.
const ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generatePassword(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  const chars = Array.from(bytes)
    .filter((b) => b < limit)
    .map((b) => ALPHABET[b % ALPHABET.length]);
  return chars.length >= length ? chars.slice(0, length).join("") : generatePassword(length);
}
