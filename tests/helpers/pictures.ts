// Picture files for tests, made on the spot.
import sharp from 'sharp';

/** A small JPEG of one colour. */
export function jpeg(width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#468' } }).jpeg().toBuffer();
}

/**
 * A real PNG whose header claims `width` × `height`: a small picture with its size rewritten, so
 * a test of a huge picture needs no gigabytes to make one.
 */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer();
  // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width, height, 5 more bytes, CRC.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
