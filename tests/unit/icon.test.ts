import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const ICON = join(__dirname, '../../public/icon.svg');

// Chrome's toolbar colours, light and dark themes.
const TOOLBARS = { light: { r: 241, g: 243, b: 244 }, dark: { r: 32, g: 33, b: 36 } } as const;

/** WCAG relative luminance of an sRGB colour. */
function luminance(r: number, g: number, b: number): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Share of the icon's pixels, drawn on the toolbar, that stand out from it by at least 3:1 (WCAG's figure for graphics). */
async function shareThatStandsOut(size: number, toolbar: { r: number; g: number; b: number }): Promise<number> {
  const { data, info } = await sharp(ICON).resize(size).flatten({ background: toolbar }).raw().toBuffer({ resolveWithObject: true });
  const background = luminance(toolbar.r, toolbar.g, toolbar.b);
  let standOut = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const pixel = luminance(data[i]!, data[i + 1]!, data[i + 2]!);
    if ((Math.max(pixel, background) + 0.05) / (Math.min(pixel, background) + 0.05) >= 3) standOut += 1;
  }
  return standOut / (info.width * info.height);
}

describe('the toolbar icon', () => {
  it.each([16, 32])('is legible at %i px on light and dark toolbars', async (size) => {
    for (const [name, toolbar] of Object.entries(TOOLBARS)) {
      expect(await shareThatStandsOut(size, toolbar), `${name} toolbar`).toBeGreaterThan(0.3);
    }
  });
});
