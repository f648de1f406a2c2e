/** The IIIF logo as the image of a drag-and-drop link. */
export function iiifIconImage(label: string): HTMLImageElement {
  const image = document.createElement('img');
  image.src = new URL('./iiif-icon.svg', import.meta.url).href;
  image.alt = `IIIF drag-and-drop link: ${label}`;
  image.width = 32;
  image.height = 29;
  return image;
}
