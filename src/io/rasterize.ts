/**
 * An SVG drawn into PNG bytes by the browser itself: serialized, loaded as an image (which may use
 * the system's fonts, CJK included, but nothing from the network), painted on a canvas pixelRatio×
 * its CSS size and encoded. Browser-only; jsdom has no canvas.
 */
export async function svgToPng(svg: SVGSVGElement | string, width: number, height: number, pixelRatio: number, background: string): Promise<Uint8Array> {
  const blob = await svgToPngBlob(svg, width, height, pixelRatio, background);
  return new Uint8Array(await blob.arrayBuffer());
}

/** As svgToPng, the encoded PNG as a Blob (what the clipboard takes). */
export async function svgToPngBlob(svg: SVGSVGElement | string, width: number, height: number, pixelRatio: number, background: string): Promise<Blob> {
  const text = typeof svg === 'string' ? svg : new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no 2D canvas');
    if (background !== 'transparent' && background !== 'none') {
      context.fillStyle = background;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    // Drawn at the canvas size, not scaled afterwards: the SVG is re-rendered sharp at every ratio.
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((encoded) => (encoded ? resolve(encoded) : reject(new Error('the canvas could not be encoded as PNG'))), 'image/png'),
    );
    // A 3840×2160 canvas holds 33 MB until collected; emptying it frees that now, not at the next GC.
    canvas.width = 0;
    canvas.height = 0;
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  try {
    // decode() resolves once the image is ready to paint, so drawImage below does not wait for it.
    await image.decode();
  } catch {
    throw new Error('the browser could not draw the chart as an image');
  }
  return image;
}
